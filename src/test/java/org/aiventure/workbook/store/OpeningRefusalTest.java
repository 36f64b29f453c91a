package org.aiventure.workbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not ours, or is newer than us, is refused by name and left exactly as it was. */
class OpeningRefusalTest {

    @TempDir
    Path dir;

    @Test
    void randomBytesAreRefusedBeforeSqliteSeesThem() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] bytes = new byte[8192];
        new Random(1).nextBytes(bytes);
        Files.write(file, bytes);
        assertRefusedUnchanged(file, "store.error.notDatabase");
    }

    @Test
    void aTextFileWithTheWrongHeaderIsRefused() throws Exception {
        Path file = dir.resolve("workbook.db");
        Files.writeString(file, "SQLite format 2, honestly\n");
        assertRefusedUnchanged(file, "store.error.notDatabase");
    }

    @Test
    void anotherApplicationsDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("contacts.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contact (name TEXT, phone TEXT)");
            s.execute("INSERT INTO contact VALUES ('Ada', '555')");
        }
        WorkbookStoreException e = assertRefusedUnchanged(file, "store.error.otherApplication");
        assertTrue(e.getMessage().contains("belongs to another application"), e.getMessage());
        assertTrue(e.message(Language.ZH_CN).contains("其他应用程序"));
    }

    @Test
    void aDatabaseWithAnotherApplicationIdIsRefusedEvenWithoutTables() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1234");
        }
        assertRefusedUnchanged(file, "store.error.otherApplication");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedNamingBothVersions() throws Exception {
        Path file = dir.resolve("workbook.db");
        try (WorkbookStore store = WorkbookStore.open(file)) {
            store.create(ProjectGenerator.generate(3, 10));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 7");
            s.execute("PRAGMA journal_mode = DELETE");
        }
        WorkbookStoreException e = assertRefusedUnchanged(file, "store.error.newerVersion");
        assertEquals(List.of(file.toString(), "7", "1"), e.args());
        assertTrue(e.getMessage().contains("version 7") && e.getMessage().contains("up to 1"), e.getMessage());
    }

    @Test
    void aDamagedDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("workbook.db");
        try (WorkbookStore store = WorkbookStore.open(file)) {
            store.create(ProjectGenerator.generate(4, 200));
        }
        byte[] bytes = Files.readAllBytes(file);
        // Keep the header, wreck the first page's b-tree (the schema table).
        for (int i = 100; i < 4096; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(file, bytes);
        assertRefusedUnchanged(file, "store.error.damaged");
    }

    @Test
    void aBlankSqliteFileAndAnEmptyFileBecomeWorkbooks() throws Exception {
        Path blank = dir.resolve("blank.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + blank); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 0");
        }
        Path empty = Files.createFile(dir.resolve("empty.db"));
        for (Path file : List.of(blank, empty)) {
            try (WorkbookStore store = WorkbookStore.open(file)) {
                assertEquals(List.of(), store.list());
            }
            assertEquals(String.valueOf(Schema.APPLICATION_ID), DatabaseFiles.pragma(file, "application_id"));
            assertEquals("1", DatabaseFiles.pragma(file, "user_version"));
        }
    }

    @Test
    void aFolderIsRefused() {
        WorkbookStoreException e = assertThrows(WorkbookStoreException.class, () -> WorkbookStore.open(dir));
        assertEquals("store.error.notAFile", e.key());
    }

    /** Opens the file, expects the refusal, and checks the file's bytes and neighbours did not change. */
    private WorkbookStoreException assertRefusedUnchanged(Path file, String key) throws Exception {
        String before = DatabaseFiles.sha256(file);
        List<Path> neighboursBefore = neighbours();
        WorkbookStoreException e = assertThrows(WorkbookStoreException.class,
                () -> WorkbookStore.open(file, Schema.MIGRATIONS, Clock.systemUTC()));
        assertEquals(key, e.key());
        assertEquals(file.toString(), e.args().get(0));
        assertTrue(e.getMessage().contains("“" + file + "”"), e.getMessage());
        assertTrue(e.getMessage().contains("not changed") || e.getMessage().contains("Nothing was changed"),
                e.getMessage());
        assertFalse(e.message(Language.ZH_CN).startsWith("store."));
        assertEquals(before, DatabaseFiles.sha256(file));
        assertEquals(neighboursBefore, neighbours(), "no journal, WAL or backup was left beside it");
        return e;
    }

    private List<Path> neighbours() throws Exception {
        try (var files = Files.list(dir)) {
            return new ArrayList<>(files.sorted().toList());
        }
    }
}
