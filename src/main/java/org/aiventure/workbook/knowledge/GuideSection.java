package org.aiventure.workbook.knowledge;

import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.RiskCategory;

/**
 * A numbered section of the guide: its question and its bullets. Sections 1-5 each answer one risk
 * category ({@code category}); sections 6 and 7 have none (null).
 */
public record GuideSection(int number, RiskCategory category, ItemKind itemKind, LocalizedText title,
                           LocalizedText question, List<GuideItem> items) {

    /** What the keys of a section's items name. */
    public enum ItemKind {
        CONTROLS, ANALYSIS, PRACTICES
    }

    public GuideSection {
        Objects.requireNonNull(itemKind, "itemKind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        items = List.copyOf(items);
    }
}
