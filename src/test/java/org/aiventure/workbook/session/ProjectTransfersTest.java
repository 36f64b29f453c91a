package org.aiventure.workbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.exchange.ProjectFiles;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.store.WorkbookStore;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import, export, replace with a backup, import as a copy: whole operations on a real workbook file. */
class ProjectTransfersTest {

    private static final Instant NOW = Instant.parse("2026-11-28T18:30:00Z");

    @TempDir
    Path dir;

    private Path db;
    private Workbook workbook;
    private ProjectTransfers transfers;

    @BeforeEach
    void open() {
        db = dir.resolve("workbook.db");
        workbook = new Workbook(WorkbookStore.open(db), KnowledgeBase.load(), Clock.fixed(NOW, ZoneOffset.UTC),
                UUID::randomUUID);
        transfers = workbook.transfers();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private Path example(String resource) throws IOException {
        return Examples.copyTo(dir, resource);
    }

    /** The file without the two lines file-format.md lets differ between exports. */
    private static String withoutStampLines(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("  \"exportedAt\"") && !l.startsWith("  \"generator\""))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void importThenExportGivesTheSameBytesApartFromTheStampLines() throws Exception {
        for (String resource : List.of(Examples.MEDTRIAGE, Examples.ZHIZAO)) {
            ImportPlan plan = transfers.plan(example(resource), PasswordPrompt.NONE);
            assertFalse(plan.conflicts());
            StoredProject stored = transfers.apply(plan, ImportChoice.REPLACE);
            Path out = dir.resolve("out.aivw");
            transfers.export(stored.project().id(), out, null);
            byte[] exported = Files.readAllBytes(out);
            assertEquals(withoutStampLines(Examples.bytes(resource)), withoutStampLines(exported));
            assertTrue(new String(exported, StandardCharsets.UTF_8).contains(
                    "\"generator\": \"AI Venture Workbook 0.1.0\""));
            assertTrue(new String(exported, StandardCharsets.UTF_8).contains("\"exportedAt\": \"2026-11-28T18:30:00Z\""));
        }
    }

    @Test
    void reImportingAChangedFileShowsWhatChangesAndReplacesAfterABackup() throws Exception {
        Path file = example(Examples.MEDTRIAGE);
        StoredProject original = transfers.apply(transfers.plan(file, PasswordPrompt.NONE), ImportChoice.REPLACE);

        Project edited = original.project().withName("MedTriage v2")
                .withRisk(original.project().risks().get(0).id(), r -> r.withTitle("Transcripts leak"))
                .removeRisk(original.project().risks().get(2).id());
        Path changed = dir.resolve("changed.aivw");
        try (var out = Files.newOutputStream(changed)) {
            new ProjectFiles().write(edited, NOW, "co-founder's copy", out);
        }

        ImportPlan plan = transfers.plan(changed, PasswordPrompt.NONE);
        assertTrue(plan.conflicts());
        assertEquals(List.of("R-001"), plan.changes().changedRiskCodes());
        assertEquals(List.of("R-003"), plan.changes().removedRiskCodes());
        assertEquals("name", plan.changes().profile().get(0).field());

        StoredProject replaced = transfers.apply(plan, ImportChoice.REPLACE);
        assertEquals(edited, replaced.project());
        assertEquals(edited, workbook.load(edited.id()).project());
        assertEquals(1, workbook.projects().size());

        List<Backup> backups = transfers.backups();
        assertEquals(1, backups.size());
        assertEquals("MedTriage", backups.get(0).projectName());
        ImportPlan restore = transfers.plan(backups.get(0).file(), PasswordPrompt.NONE);
        assertEquals(original.project(), restore.incoming(), "the backup holds the replaced version");
        transfers.apply(restore, ImportChoice.REPLACE);
        assertEquals(original.project(), workbook.load(edited.id()).project());
    }

    @Test
    void importingAsACopyGivesNewIdsAndASuffixedName() throws Exception {
        Path file = example(Examples.ZHIZAO);
        StoredProject first = transfers.apply(transfers.plan(file, PasswordPrompt.NONE), ImportChoice.REPLACE);
        ImportPlan again = transfers.plan(file, PasswordPrompt.NONE);
        assertTrue(again.conflicts());
        assertTrue(again.changes().isEmpty(), "the same file changes nothing");
        StoredProject copy = transfers.apply(again, ImportChoice.COPY);
        assertEquals("智造质检大模型 (copy)", copy.project().name());
        assertNotEquals(first.project().id(), copy.project().id());
        assertNotEquals(first.project().risks().get(0).id(), copy.project().risks().get(0).id());
        assertEquals(copy.project().risks().get(0).id(), copy.project().analysis().get(3).linkedRiskIds().get(0),
                "links follow the new ids");
        assertEquals(2, workbook.projects().size());
        assertEquals(List.of(), transfers.backups(), "a copy replaces nothing, so nothing is backed up");
    }

    @Test
    void aBadFileWritesNothing() throws Exception {
        transfers.apply(transfers.plan(example(Examples.MEDTRIAGE), PasswordPrompt.NONE), ImportChoice.REPLACE);
        workbook.close();
        String before = sha256(db);
        workbook = Workbook.open(db, KnowledgeBase.load());
        transfers = workbook.transfers();
        Path bad = dir.resolve("bad.aivw");
        Files.writeString(bad, Examples.text(Examples.ZHIZAO).replace("\"likelihood\": 4", "\"likelihood\": 7"));
        assertThrows(IOException.class, () -> transfers.plan(bad, PasswordPrompt.NONE));
        workbook.close();
        assertEquals(before, sha256(db));
        workbook = Workbook.open(db, KnowledgeBase.load());
    }

    @Test
    void aRiskRegisterTravelsThroughASpreadsheet() throws Exception {
        StoredProject med = transfers.apply(transfers.plan(example(Examples.MEDTRIAGE), PasswordPrompt.NONE),
                ImportChoice.REPLACE);
        Path csv = dir.resolve("register.csv");
        transfers.exportRisks(med.project().id(), csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0], "a BOM, so Excel reads the file as UTF-8");

        List<org.aiventure.workbook.domain.Risk> read = transfers.readRisks(med.project(), csv);
        assertEquals(7, read.size());
        assertEquals("R-008", read.get(0).code(), "imported risks get the next free codes");
        assertEquals(med.project().risks().get(0).title(), read.get(0).title());

        Files.writeString(csv, "title,category,likelihood,impact,treatment,status\nLeak,PRIVACY,9,3,MITIGATE,OPEN\n");
        IOException refused = assertThrows(IOException.class, () -> transfers.readRisks(med.project(), csv));
        assertTrue(refused.getMessage().contains("row 2"), refused.getMessage());
    }

    @Test
    void aCopyNameStaysWithinTheLimit() {
        assertEquals("MedTriage (copy)", ProjectTransfers.copyName("MedTriage"));
        String longest = "长".repeat(200);
        assertEquals("长".repeat(193) + " (copy)", ProjectTransfers.copyName(longest));
        assertEquals("a_b_c", ProjectTransfers.safeFileName("a/b:c"));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
