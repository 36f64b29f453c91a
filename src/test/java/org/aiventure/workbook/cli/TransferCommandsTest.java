package org.aiventure.workbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, import and export as a script would use them: output, exit codes, files. */
class TransferCommandsTest {

    @TempDir
    Path dir;

    private Path example(String resource) throws Exception {
        return Examples.copyTo(dir, resource);
    }

    @Test
    void validateSaysValidOrListsTheProblems() throws Exception {
        Cli ok = Cli.run("validate", example(Examples.MEDTRIAGE).toString());
        assertEquals(0, ok.exit, ok.err);
        assertEquals("valid", ok.out.strip());

        Path bad = dir.resolve("bad.aivw");
        Files.writeString(bad, Examples.text(Examples.MEDTRIAGE).replace("\"riskAppetite\": 8", "\"riskAppetite\": 80"));
        Cli refused = Cli.run("validate", bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exit);
        assertTrue(refused.err.contains("/project/riskAppetite"), refused.err);
        assertEquals("", refused.out);

        Path many = dir.resolve("many.aivw");
        Files.writeString(many, Examples.text(Examples.MEDTRIAGE).replace("\"impact\": 5", "\"impact\": 9")
                .replace("\"riskAppetite\": 8", "\"riskAppetite\": 80"));
        Cli lines = Cli.run("validate", many.toString());
        assertEquals(ExitCodes.BAD_INPUT, lines.exit);
        String[] problems = lines.err.strip().split("\n");
        assertTrue(problems.length >= 3, lines.err);
        for (String problem : problems) {
            assertTrue(problem.startsWith("/project/"), "one line per violation, each with its pointer: " + problem);
        }
    }

    @Test
    void dbBeforeTheCommandMeansTheSameWorkbook() throws Exception {
        String db = dir.resolve("before.db").toString();
        Cli imported = Cli.run("--db", db, "import", example(Examples.MEDTRIAGE).toString());
        assertEquals(0, imported.exit, imported.err);

        Cli listed = Cli.run("list", "--db", db);
        assertTrue(listed.out.contains("MedTriage"), "imported into the workbook named before the command: "
                + listed.out);
        Cli scored = Cli.run("--db", db, "score", "MedTriage", "--as-of", "2026-11-28");
        assertEquals(0, scored.exit, scored.err);
        assertTrue(scored.out.contains("60.4"), scored.out);
    }

    @Test
    void importPrintsTheIdAndAsksHowToResolveAConflict() throws Exception {
        String db = dir.resolve("w.db").toString();
        Path file = example(Examples.MEDTRIAGE);
        Cli first = Cli.run("import", file.toString(), "--db", db);
        assertEquals(0, first.exit, first.err);
        assertEquals("00000000-0000-4000-8000-000000000001", first.out.strip());

        Cli again = Cli.run("import", file.toString(), "--db", db);
        assertEquals(ExitCodes.BAD_INPUT, again.exit);
        assertTrue(again.err.contains("--replace") && again.err.contains("MedTriage"), again.err);

        Cli replaced = Cli.run("import", file.toString(), "--db", db, "--replace");
        assertEquals(0, replaced.exit, replaced.err);
        Cli copy = Cli.run("import", file.toString(), "--db", db, "--as-copy");
        assertEquals(0, copy.exit, copy.err);
        assertNotEquals(first.out.strip(), copy.out.strip());
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("import", file.toString(), "--db", db, "--replace",
                "--as-copy").exit, "the two answers exclude each other");

        Cli list = Cli.run("list", "--db", db);
        assertTrue(list.out.contains("MedTriage (copy)"), list.out);
    }

    @Test
    void exportFindsAProjectByNameAndRefusesAnAmbiguousOne() throws Exception {
        Path db = dir.resolve("w.db");
        assertEquals(0, Cli.run("import", example(Examples.ZHIZAO).toString(), "--db", db.toString()).exit);
        Path out = dir.resolve("out.aivw");
        Cli export = Cli.run("export", "智造质检大模型", "--out", out.toString(), "--db", db.toString());
        assertEquals(0, export.exit, export.err);
        assertTrue(Files.readString(out).contains("\"name\": \"智造质检大模型\""));

        try (Workbook wb = Workbook.open(db, KnowledgeBase.load())) {
            wb.createBlank("Twin", Language.EN);
            wb.createBlank("Twin", Language.EN);
        }
        Cli ambiguous = Cli.run("export", "Twin", "--out", out.toString(), "--db", db.toString());
        assertEquals(ExitCodes.BAD_INPUT, ambiguous.exit);
        assertEquals(3, ambiguous.err.strip().split("\n").length, "the sentence and both projects' ids");
        Cli missing = Cli.run("export", "Nobody", "--out", out.toString(), "--db", db.toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit);
        assertTrue(missing.err.contains("Nobody"), missing.err);
    }
}
