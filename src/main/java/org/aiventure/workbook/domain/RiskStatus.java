package org.aiventure.workbook.domain;

/** Only OPEN risks count in findings and scores; CLOSED ones are kept for the record. */
public enum RiskStatus {
    OPEN, CLOSED
}
