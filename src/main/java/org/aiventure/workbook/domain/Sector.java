package org.aiventure.workbook.domain;

/** The sectors of the seed's market-potential list plus two (knowledge.md). */
public enum Sector {
    HEALTHCARE, FINANCE, AUTONOMOUS_DRIVING, MANUFACTURING, EDUCATION, GENERAL
}
