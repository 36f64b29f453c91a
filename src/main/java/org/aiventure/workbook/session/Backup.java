package org.aiventure.workbook.session;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A copy kept for bringing something back: a project written out before an import replaced it, or the whole
 * workbook database copied before the app upgraded its format. File ▸ Restore a backup… lists both.
 */
public record Backup(Kind kind, Path file, String projectName, Instant takenAt) {

    /** What a backup holds, and so how it is restored. */
    public enum Kind {
        /** One project as a .aivw file: restored by importing it over the project. */
        PROJECT,
        /** The whole workbook database before a migration: restored by opening it as the workbook. */
        WORKBOOK
    }
}
