package org.aiventure.workbook.knowledge;

import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.RiskCategory;

/**
 * A known mitigation. {@code defaultEffect} pre-fills a new mitigation's effectiveness (percent);
 * {@code seedSection} is the guide section (1-7) that proposes it, or 0 when it comes from an outside anchor
 * named in {@code references} (OWASP, NIST AI RMF, EU AI Act).
 */
public record Control(String key, RiskCategory category, int defaultEffect, int seedSection,
                      List<String> references) {

    public Control {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(category, "category");
        references = List.copyOf(references);
    }

    /** Whether the guide itself proposes this control. */
    public boolean fromSeed() {
        return seedSection > 0;
    }
}
