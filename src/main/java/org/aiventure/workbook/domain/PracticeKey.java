package org.aiventure.workbook.domain;

/** The five founder practices of seed §7. */
public enum PracticeKey {
    MARKET_RESEARCH, TECH_INNOVATION, TEAM_BUILDING, BUSINESS_MODEL, RISK_CONTROL
}
