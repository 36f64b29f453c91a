package org.aiventure.workbook.session;

import java.nio.file.Path;
import java.time.Instant;

/** A project written out before an import replaced it: File ▸ Restore a backup… brings it back. */
public record Backup(Path file, String projectName, Instant takenAt) {
}
