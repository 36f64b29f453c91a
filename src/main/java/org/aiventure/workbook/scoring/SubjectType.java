package org.aiventure.workbook.scoring;

/** What a finding is about (scoring.md); the subject id's form depends on it. */
public enum SubjectType {
    CATEGORY, CONTROL_GROUP, RISK, ROLE, BLOCK, ANALYSIS_ITEM, PRACTICE, CANVAS_ITEM
}
