package org.aiventure.workbook.domain;

/**
 * The category of an analysis item: an opportunity category for an opportunity, a risk category for a
 * challenge. Both enums share this type so an item holds either without a loose string.
 */
public sealed interface AnalysisCategory permits RiskCategory, OpportunityCategory {

    /** The key as written in files and the knowledge base. */
    String name();

    /** The kind of analysis item this category belongs to. */
    AnalysisKind kind();

    /** Parses a key of either enum; throws {@link DomainException} for anything else. */
    static AnalysisCategory of(String key) {
        for (RiskCategory c : RiskCategory.values()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        for (OpportunityCategory c : OpportunityCategory.values()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        throw new DomainException("domain.error.unknownKey", "category", String.valueOf(key));
    }
}
