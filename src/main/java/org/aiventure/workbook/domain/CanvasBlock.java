package org.aiventure.workbook.domain;

/** The nine blocks of the Business Model Canvas, in the poster's reading order (knowledge.md). */
public enum CanvasBlock {
    KEY_PARTNERS, KEY_ACTIVITIES, KEY_RESOURCES, VALUE_PROPOSITIONS, CUSTOMER_RELATIONSHIPS, CHANNELS, CUSTOMER_SEGMENTS, COST_STRUCTURE, REVENUE_STREAMS
}
