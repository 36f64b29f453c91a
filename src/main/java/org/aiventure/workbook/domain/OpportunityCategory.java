package org.aiventure.workbook.domain;

/** Opportunity categories of seed §6. */
public enum OpportunityCategory implements AnalysisCategory {
    MARKET_POTENTIAL, TECH_INNOVATION, POLICY_SUPPORT, OTHER_OPPORTUNITY;

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.OPPORTUNITY;
    }
}
