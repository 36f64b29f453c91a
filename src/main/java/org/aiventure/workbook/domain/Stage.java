package org.aiventure.workbook.domain;

/** A venture's stage, in order (knowledge.md); later stages compare greater. */
public enum Stage {
    IDEA, PROTOTYPE, PILOT, REVENUE, SCALE
}
