package org.aiventure.workbook.ui.team;

import java.util.List;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;

/**
 * One role of the checklist as the page shows it: whether the profile requires it, the categories it
 * answers for by default (none for custom roles) and the team entries under it, in the project's order.
 */
public record RoleCard(Role role, boolean required, List<RiskCategory> covers, List<TeamEntry> entries) {
    public RoleCard {
        covers = List.copyOf(covers);
        entries = List.copyOf(entries);
    }
}
