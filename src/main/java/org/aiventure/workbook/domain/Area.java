package org.aiventure.workbook.domain;

/** The four scored areas of a project, in the order findings sort by. */
public enum Area {
    RISKS, TEAM, CANVAS, ANALYSIS
}
