package org.aiventure.workbook.knowledge;

import java.util.List;
import org.aiventure.workbook.domain.RiskCategory;

/**
 * A set of interchangeable controls: any one of them satisfies the group. The controls are kept in the order
 * of the knowledge base's control list, so two groups with the same members are equal and print the same id.
 */
public record ControlGroup(List<String> controls) {

    public ControlGroup {
        controls = List.copyOf(controls);
        if (controls.isEmpty()) {
            throw new IllegalArgumentException("a control group needs at least one control");
        }
    }

    public boolean contains(String controlKey) {
        return controls.contains(controlKey);
    }

    /** The subject id of scoring.md: {@code CATEGORY:CONTROL|CONTROL}. */
    public String id(RiskCategory category) {
        return category.name() + ":" + String.join("|", controls);
    }
}
