package org.aiventure.workbook.domain;

import java.time.Instant;
import java.util.UUID;

/** One line of the project list: enough to show and pick a project without loading it. */
public record ProjectSummary(UUID id, String name, Stage stage, Instant updatedAt, long revision) {
}
