package org.aiventure.workbook.domain;

/** Status of a team entry; the scoring credit of each lives in the knowledge base. */
public enum TeamStatus {
    FILLED, FOUNDER, ADVISOR, HIRING, PLANNED, NOT_NEEDED
}
