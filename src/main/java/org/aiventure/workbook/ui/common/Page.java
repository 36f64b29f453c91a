package org.aiventure.workbook.ui.common;

/** The pages of an open project, in the order of the tabs (Ctrl+1… selects them). */
public enum Page {
    DASHBOARD, PROFILE, ANALYSIS, RISKS, CANVAS, TEAM
}
