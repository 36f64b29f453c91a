package org.aiventure.workbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a separate process, the password in AIVW_PASSWORD as a script would give it: an
 * encrypted export, its import, and a wrong password that fails closed.
 */
class EncryptedFilesProcessTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String password, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.aiventure.workbook.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AIVW_PASSWORD", password);
        // The launcher puts sqlite's native library beside the default workbook: keep it in this test's folder.
        builder.environment().put("AIVW_DB", dir.resolve("default.db").toString());
        builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = builder.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command finished");
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void anEncryptedExportOpensWithItsPasswordOnly() throws Exception {
        Path plain = dir.resolve("medtriage.aivw");
        Files.write(plain, Examples.bytes(Examples.MEDTRIAGE));
        String first = dir.resolve("first.db").toString();
        assertEquals(0, run("unused", "import", plain.toString(), "--db", first).exit());

        Path sealed = dir.resolve("sealed.aivw");
        Run export = run("correct horse 电池", "export", "MedTriage", "--out", sealed.toString(), "--encrypt",
                "--db", first);
        assertEquals(0, export.exit(), export.err());
        String text = Files.readString(sealed, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"format\": \"ai-venture-workbook-encrypted\""), text);
        assertFalse(text.contains("MedTriage"), "nothing of the project is readable");

        String second = dir.resolve("second.db").toString();
        Run wrong = run("Correct horse 电池", "import", sealed.toString(), "--db", second);
        assertEquals(ExitCodes.BAD_INPUT, wrong.exit());
        assertTrue(wrong.err().contains("wrong password or damaged file"), wrong.err());
        assertFalse(Files.exists(Path.of(second)) && run("x", "list", "--db", second).out().contains("MedTriage"));

        Run right = run("correct horse 电池", "import", sealed.toString(), "--db", second);
        assertEquals(0, right.exit(), right.err());
        assertEquals("00000000-0000-4000-8000-000000000001", right.out().strip());
        Run score = run("correct horse 电池", "score", sealed.toString(), "--json", "--as-of", "2026-11-28");
        assertEquals(0, score.exit(), score.err());
        assertTrue(score.out().contains("\"overall\": 60.4"), score.out());
    }
}
