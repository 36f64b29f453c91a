package org.aiventure.workbook.domain;

/** How a risk is treated. */
public enum Treatment {
    MITIGATE, ACCEPT, AVOID, TRANSFER
}
