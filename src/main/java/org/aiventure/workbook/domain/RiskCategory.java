package org.aiventure.workbook.domain;

/** Risk and challenge categories: the seed's challenges, the founder's own risks and the supply chain. */
public enum RiskCategory implements AnalysisCategory {
    DATA_PRIVACY_SECURITY, INTERPRETABILITY, MODEL_PERFORMANCE, COMPUTE_RESOURCES, LEGAL_ETHICS, SUPPLY_CHAIN,
    MARKET, TEAM, BUSINESS_MODEL, OTHER;

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.CHALLENGE;
    }
}
