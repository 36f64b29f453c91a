package org.aiventure.workbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.aiventure.workbook.domain.LocalizedProblem;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-file corpus, imported into a workbook that already holds projects: the import is
 * refused with a problem that names where it is, and the database file keeps its exact bytes.
 */
class BadFilesLeaveTheWorkbookUnchangedTest {

    private static Path dir;
    private static Path db;

    @BeforeAll
    static void workbookWithProjects() throws IOException {
        dir = Files.createTempDirectory("aivw-bad-files");
        db = dir.resolve("workbook.db");
        try (Workbook wb = Workbook.open(db, KnowledgeBase.load())) {
            Path medtriage = dir.resolve("medtriage.aivw");
            Files.write(medtriage, Examples.bytes(Examples.MEDTRIAGE));
            wb.transfers().apply(wb.transfers().plan(medtriage, PasswordPrompt.NONE), ImportChoice.REPLACE);
            wb.createFromGuide("Guide project", org.aiventure.workbook.domain.Language.ZH_CN);
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static List<String> badFiles() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                BadFilesLeaveTheWorkbookUnchangedTest.class.getResourceAsStream("/bad-files/"))) {
            return new String(in.readAllBytes()).lines()
                    .filter(n -> n.endsWith(".aivw") && !n.equals("base.aivw")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRefusedAndWritesNothing(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/bad-files/" + name)) {
            Files.copy(Objects.requireNonNull(in, name), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String before = sha256(db);
        try (Workbook wb = Workbook.open(db, KnowledgeBase.load())) {
            IOException refused = assertThrows(IOException.class,
                    () -> wb.transfers().apply(wb.transfers().plan(file, PasswordPrompt.NONE), ImportChoice.REPLACE));
            assertTrue(refused instanceof LocalizedProblem, "a bad file is explained: " + refused);
            assertEquals(2, wb.projects().size());
        }
        assertEquals(before, sha256(db), "the workbook file is unchanged");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
