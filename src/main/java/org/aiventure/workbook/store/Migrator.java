package org.aiventure.workbook.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the schema of this build: runs the migrations above its {@code user_version}, in
 * order, in one transaction. An existing database is first copied with {@code VACUUM INTO} beside it (a plain
 * file copy would miss what is still in the WAL), so a failed or regretted upgrade leaves the founder a file
 * the previous version opens.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final List<Migration> migrations;
    private final Clock clock;

    Migrator(List<Migration> migrations, Clock clock) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + (i + 1) + " has version "
                        + migrations.get(i).version());
            }
        }
        this.migrations = List.copyOf(migrations);
        this.clock = clock;
    }

    int latestVersion() {
        return Schema.latestVersion(migrations);
    }

    /** Migrates the database of {@code writer}; returns the backup made, or null when none was needed. */
    Path migrate(Connection writer, Path file) throws SQLException {
        long current = Connections.pragma(writer, "user_version");
        if (current > latestVersion()) {
            // Another, newer app upgraded the file between the check and now.
            throw new WorkbookStoreException("store.error.newerVersion", file, current, latestVersion());
        }
        if (current == latestVersion()) {
            return null;
        }
        Path backup = current > 0 ? backup(writer, file, current) : null;
        Connections.execute(writer, "BEGIN IMMEDIATE");
        try {
            // Re-read under the write lock: another window may have migrated since the first look.
            long locked = Connections.pragma(writer, "user_version");
            for (Migration m : migrations) {
                if (m.version() > locked) {
                    LOG.info("{}: migrating schema to version {} ({})", file, m.version(), m.description());
                    m.step().apply(writer);
                }
            }
            Connections.execute(writer, "PRAGMA application_id = " + Schema.APPLICATION_ID);
            Connections.execute(writer, "PRAGMA user_version = " + latestVersion());
            Connections.execute(writer, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            Connections.execute(writer, "ROLLBACK");
            throw e;
        }
        return backup;
    }

    private Path backup(Connection writer, Path file, long version) throws SQLException {
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        String base = file.getFileName() + ".backup-v" + version + "-" + stamp;
        Path target = file.resolveSibling(base + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n + ".db");
        }
        Connections.execute(writer, "VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        LOG.info("{}: backed up schema version {} to {} before migrating", file, version, target);
        return target;
    }
}
