package org.aiventure.workbook.domain;

/** How far a canvas note has been tested against reality. */
public enum Evidence {
    HYPOTHESIS, TESTING, VALIDATED, INVALIDATED
}
