package org.aiventure.workbook.domain;

/** Markets a project serves (knowledge.md). */
public enum Market {
    CN, EU, US, OTHER
}
