package org.aiventure.workbook.scoring;

/** How urgent a finding is; declared in sorting order, most urgent first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW
}
