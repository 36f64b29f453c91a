package org.aiventure.workbook.knowledge;

import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;

/**
 * A role of the team checklist: the categories a person in it answers for by default, and when a project
 * needs it. {@code requiredWhen} lists alternatives; each alternative is a list of conditions that must all
 * hold. A role with no alternatives is never required.
 */
public record RoleRule(Role role, List<RiskCategory> covers, List<List<Condition>> requiredWhen) {

    public RoleRule {
        Objects.requireNonNull(role, "role");
        covers = List.copyOf(covers);
        requiredWhen = requiredWhen.stream().map(List::copyOf).toList();
    }

    public boolean requiredFor(Project project) {
        return requiredWhen.stream().anyMatch(all -> Condition.allHold(all, project));
    }
}
