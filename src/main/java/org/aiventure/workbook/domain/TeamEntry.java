package org.aiventure.workbook.domain;

import java.util.List;
import java.util.UUID;

/** A person (or an open position) for a role of the team checklist, and the categories they answer for. */
public record TeamEntry(UUID id, Role role, String title, TeamStatus status, String person, String notes,
                        List<RiskCategory> covers) {
    public TeamEntry {
        Checks.present("team entry id", id);
        Checks.present("role", role);
        Checks.text("team entry title", title, 1, Limits.TITLE);
        Checks.present("team status", status);
        Checks.text("person", person, 0, Limits.PERSON);
        Checks.text("team notes", notes, 0, Limits.LONG_TEXT);
        covers = Checks.uniqueList("covers", covers);
    }

    public TeamEntry withStatus(TeamStatus next) {
        return new TeamEntry(id, role, title, next, person, notes, covers);
    }
}
