package org.aiventure.workbook.ui.findings;

import java.util.Objects;
import java.util.UUID;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamStatus;

/** What the owner picker answers: a team entry already in the project, or a person to add to the team. */
public sealed interface OwnerChoice {

    /** An entry of the project's team, by id. */
    record Existing(UUID entryId) implements OwnerChoice {
        public Existing {
            Objects.requireNonNull(entryId, "entryId");
        }
    }

    /** A new team entry; the fix gives it an id and the categories its role answers for. */
    record NewPerson(Role role, String title, String person, TeamStatus status) implements OwnerChoice {
        public NewPerson {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(status, "status");
        }
    }
}
