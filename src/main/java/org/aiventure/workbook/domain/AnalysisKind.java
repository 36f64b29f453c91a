package org.aiventure.workbook.domain;

/** Whether an analysis item is an opportunity or a challenge (seed §6). */
public enum AnalysisKind {
    OPPORTUNITY, CHALLENGE
}
