package org.aiventure.workbook.knowledge;

import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.RiskCategory;

/** A rule "when all of these hold, the project needs this category and these control groups". */
public record Requirement(String id, List<Condition> when, RiskCategory category, List<ControlGroup> groups) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        when = List.copyOf(when);
        Objects.requireNonNull(category, "category");
        groups = List.copyOf(groups);
    }

    public boolean appliesTo(Project project) {
        return Condition.allHold(when, project);
    }
}
