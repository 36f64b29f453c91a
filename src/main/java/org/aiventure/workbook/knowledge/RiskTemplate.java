package org.aiventure.workbook.knowledge;

import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.RiskCategory;

/**
 * The risk the app proposes for a category wherever it adds one "from the guide", with the controls it
 * offers as mitigations (the guide's own controls for the category, in the order of the control list).
 */
public record RiskTemplate(RiskCategory category, LocalizedText title, LocalizedText description,
                           List<String> controls) {

    public RiskTemplate {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        controls = List.copyOf(controls);
    }
}
