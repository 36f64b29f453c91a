package org.aiventure.workbook.store;

import java.util.Objects;
import org.aiventure.workbook.domain.Project;

/** A project as stored, with the revision a later save must be based on. */
public record StoredProject(Project project, long revision) {
    public StoredProject {
        Objects.requireNonNull(project, "project");
    }
}
