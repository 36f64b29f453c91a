package org.aiventure.workbook.domain;

import java.util.List;
import java.util.UUID;

/** An opportunity or a challenge of the analysis (seed §6), with links to the risks that answer it. */
public record AnalysisItem(UUID id, AnalysisKind kind, AnalysisCategory category, String title, String notes,
                           int impact, int likelihood, List<UUID> linkedRiskIds) {
    public AnalysisItem {
        Checks.present("analysis item id", id);
        Checks.present("analysis kind", kind);
        Checks.present("analysis category", category);
        if (category.kind() != kind) {
            throw new DomainException("domain.error.categoryKind", category.name(), kind.name());
        }
        Checks.text("analysis title", title, 1, Limits.TITLE);
        Checks.text("analysis notes", notes, 0, Limits.LONG_TEXT);
        Checks.range("impact", impact, 1, 5);
        Checks.range("likelihood", likelihood, 1, 5);
        linkedRiskIds = Checks.uniqueList("linked risks", linkedRiskIds);
    }

    public AnalysisItem withLinkedRiskIds(List<UUID> next) {
        return new AnalysisItem(id, kind, category, title, notes, impact, likelihood, next);
    }
}
