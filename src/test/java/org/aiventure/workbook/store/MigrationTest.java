package org.aiventure.workbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    private static final Instant NOW = Instant.parse("2026-11-28T19:05:01Z");

    @TempDir
    Path dir;

    @Test
    void anUpgradeBacksTheDatabaseUpFirstAndTheBackupOpensWithTheOldSchema() throws Exception {
        Path file = dir.resolve("workbook.db");
        Project project = ProjectGenerator.generate(8, 300);
        try (WorkbookStore store = WorkbookStore.open(file)) {
            store.create(project);
        }
        List<Migration> withV2 = new ArrayList<>(Schema.MIGRATIONS);
        withV2.add(new Migration(2, "risk tags", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE risk_tag (risk_id TEXT NOT NULL REFERENCES risk(id) ON DELETE CASCADE,"
                        + " tag TEXT NOT NULL)");
            }
        }));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (WorkbookStore store = WorkbookStore.open(file, withV2, clock)) {
            assertEquals(project, store.load(project.id()).project());
        }
        assertEquals("2", DatabaseFiles.pragma(file, "user_version"));
        assertEquals("ok", DatabaseFiles.integrityCheck(file));

        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(NOW.atZone(ZoneId.systemDefault()));
        Path backup = dir.resolve("workbook.db.backup-v1-" + stamp + ".db");
        assertEquals(List.of(backup), backups());
        assertEquals("1", DatabaseFiles.pragma(backup, "user_version"));
        assertEquals("ok", DatabaseFiles.integrityCheck(backup));
        try (WorkbookStore old = WorkbookStore.open(backup)) {
            assertEquals(project, old.load(project.id()).project());
        }

        // Opening the upgraded file again migrates nothing, so it makes no second backup.
        try (WorkbookStore store = WorkbookStore.open(file, withV2, clock)) {
            assertEquals(1, store.list().size());
        }
        assertEquals(List.of(backup), backups());
        // And this build, which knows only version 1, now refuses the upgraded file.
        WorkbookStoreException e = assertThrows(WorkbookStoreException.class, () -> WorkbookStore.open(file));
        assertEquals("store.error.newerVersion", e.key());
    }

    @Test
    void aNewDatabaseIsCreatedWithoutABackup() throws Exception {
        try (WorkbookStore store = WorkbookStore.open(dir.resolve("new.db"))) {
            assertEquals(List.of(), store.list());
        }
        assertEquals(List.of(), backups());
    }

    @Test
    void aFailedMigrationLeavesTheDatabaseAtItsOldVersionWithItsData() throws Exception {
        Path file = dir.resolve("workbook.db");
        Project project = ProjectGenerator.generate(9, 20);
        try (WorkbookStore store = WorkbookStore.open(file)) {
            store.create(project);
        }
        List<Migration> broken = new ArrayList<>(Schema.MIGRATIONS);
        broken.add(new Migration(2, "broken", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE risk ADD COLUMN tag TEXT");
                s.execute("THIS IS NOT SQL");
            }
        }));
        assertThrows(WorkbookStoreException.class, () -> WorkbookStore.open(file, broken, Clock.systemUTC()));
        assertEquals("1", DatabaseFiles.pragma(file, "user_version"));
        try (WorkbookStore store = WorkbookStore.open(file)) {
            assertEquals(project, store.load(project.id()).project());
        }
    }

    private List<Path> backups() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".backup-")).sorted().toList();
        }
    }
}
