package org.aiventure.workbook.domain;

import java.util.Objects;

/** A project as stored, with the revision a later save must be based on. */
public record StoredProject(Project project, long revision) {
    public StoredProject {
        Objects.requireNonNull(project, "project");
    }
}
