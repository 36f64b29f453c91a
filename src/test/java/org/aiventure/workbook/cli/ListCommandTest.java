package org.aiventure.workbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list}, {@code --help}, {@code --version} and the exit codes scripts rely on. */
class ListCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheProjectsWithIdAndName() {
        Path db = dir.resolve("w.db");
        String id;
        try (Workbook wb = Workbook.open(db, KnowledgeBase.load())) {
            id = wb.createFromGuide("智造质检大模型", Language.ZH_CN).project().id().toString();
            wb.createBlank("MedTriage", Language.EN);
        }
        Cli cli = Cli.run("list", "--db", db.toString());
        assertEquals(0, cli.exit, cli.err);
        String[] lines = cli.out.strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].endsWith("  MedTriage"), lines[0]);
        assertTrue(lines[1].startsWith(id + "  "), lines[1]);
        assertTrue(lines[1].endsWith("  智造质检大模型"), lines[1]);
    }

    @Test
    void aFileThatIsNotAWorkbookIsBadInputAndStaysUnchanged() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "meeting notes, not a database");
        Cli cli = Cli.run("list", "--db", notes.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exit);
        assertTrue(cli.err.contains(notes.toString()), cli.err);
        assertEquals("meeting notes, not a database", Files.readString(notes));
    }

    @Test
    void helpAndVersion() {
        Cli help = Cli.run("list", "--help");
        assertEquals(0, help.exit);
        assertTrue(help.out.contains("--db"), help.out);
        Cli version = Cli.run("--version");
        assertEquals("AI Venture Workbook 0.1.0", version.out.strip());
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("list", "--no-such-option").exit);
    }
}
