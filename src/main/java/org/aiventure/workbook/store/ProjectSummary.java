package org.aiventure.workbook.store;

import java.time.Instant;
import java.util.UUID;
import org.aiventure.workbook.domain.Stage;

/** One line of the project list: enough to show and pick a project without loading it. */
public record ProjectSummary(UUID id, String name, Stage stage, Instant updatedAt, long revision) {
}
