package org.aiventure.workbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code score}: the exact JSON of the examples, the readable report, --explain, --lang and --fail-on. */
class ScoreCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path example(String resource) throws Exception {
        return Examples.copyTo(dir, resource);
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.MEDTRIAGE, Examples.ZHIZAO})
    void theJsonIsExactlyTheExpectedOutput(String resource) throws Exception {
        Cli cli = Cli.run("score", example(resource).toString(), "--json", "--as-of", "2026-11-28");
        assertEquals(0, cli.exit, cli.err);
        JsonNode got = JSON.readTree(cli.out);
        JsonNode want = JSON.readTree(Examples.bytes(resource.replace(".aivw", ".expected.json")));
        for (JsonNode f : got.get("findings")) {
            assertFalse(f.get("message").asText().isBlank());
            assertFalse(f.get("fix").asText().isBlank());
            ((ObjectNode) f).remove("message");
            ((ObjectNode) f).remove("fix");
        }
        assertEquals(want, got);
        assertTrue(java.util.regex.Pattern.compile("\"residual\": \\d+\\.\\d,\n").matcher(cli.out).find(),
                "scores keep one decimal, laid out like the expected files: " + cli.out);
    }

    @Test
    void theReportGroupsFindingsBySeverityInTheProjectsLanguage() throws Exception {
        Cli en = Cli.run("score", example(Examples.MEDTRIAGE).toString(), "--as-of", "2026-11-28");
        assertEquals(0, en.exit, en.err);
        assertTrue(en.out.startsWith("MedTriage: readiness 60.4 (grade C) as of 2026-11-28"), en.out);
        assertTrue(en.out.contains("\nHigh (8)\n"), en.out);
        assertTrue(en.out.contains("  • ") && en.out.contains("    → "), en.out);

        Cli zh = Cli.run("score", example(Examples.ZHIZAO).toString(), "--as-of", "2026-11-28");
        assertTrue(zh.out.startsWith("智造质检大模型：准备度 85.4（等级 A）"), zh.out);
        Cli english = Cli.run("score", example(Examples.ZHIZAO).toString(), "--as-of", "2026-11-28",
                "--lang", "en");
        assertTrue(english.out.contains("readiness 85.4 (grade A)"), english.out);
    }

    @Test
    void explainShowsTheTermsOfEachArea() throws Exception {
        Cli cli = Cli.run("score", example(Examples.MEDTRIAGE).toString(), "--as-of", "2026-11-28", "--explain");
        assertTrue(cli.out.contains("= 100 × (0.3·C + 0.3·K + 0.3·T + 0.1·O)"), cli.out);
        assertTrue(cli.out.contains("    C = "), cli.out);
        assertTrue(cli.out.contains("    Op = 2/3 = 0.6667"), cli.out);
    }

    @Test
    void failOnExitsThreeWhenAFindingIsThatSevereOrWorse() throws Exception {
        String file = example(Examples.ZHIZAO).toString();
        assertEquals(ScoreCommand.FINDINGS_AT_OR_ABOVE,
                Cli.run("score", file, "--as-of", "2026-11-28", "--fail-on", "HIGH").exit);
        assertEquals(0, Cli.run("score", file, "--as-of", "2026-11-28", "--fail-on", "CRITICAL").exit);
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("score", file, "--fail-on", "SEVERE").exit);
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("score", file, "--as-of", "2026-02-30").exit);
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("score", dir.resolve("missing.aivw").toString(),
                "--db", dir.resolve("w.db").toString()).exit);
    }

    @Test
    void aProjectOfTheWorkbookScoresTheSameAsItsFile() throws Exception {
        String db = dir.resolve("w.db").toString();
        assertEquals(0, Cli.run("import", example(Examples.MEDTRIAGE).toString(), "--db", db).exit);
        Cli fromDb = Cli.run("score", "MedTriage", "--db", db, "--json", "--as-of", "2026-11-28");
        Cli fromFile = Cli.run("score", example(Examples.MEDTRIAGE).toString(), "--json", "--as-of", "2026-11-28");
        assertEquals(fromFile.out, fromDb.out);
        ArrayNode findings = (ArrayNode) JSON.readTree(fromDb.out).get("findings");
        assertEquals(36, findings.size());
    }
}
