package org.aiventure.workbook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code whatif} on the example files: the difference as text and JSON, the file untouched, bad input named. */
class WhatIfCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path example(String resource) throws Exception {
        return Examples.copyTo(dir, resource);
    }

    @Test
    void enteringTheEuAsJsonListsTheAddedGroupAndRoleAndLeavesTheFileAlone() throws Exception {
        Path file = example(Examples.ZHIZAO);
        byte[] before = Files.readAllBytes(file);
        Cli cli = Cli.run("whatif", file.toString(), "--add", "market:EU", "--json", "--as-of", "2026-11-28");
        assertEquals(0, cli.exit, cli.err);
        JsonNode json = JSON.readTree(cli.out);
        assertEquals("--add market:EU", json.get("scenario").get("name").asText());
        assertEquals(List.of("CN", "EU"), strings(json.get("scenario").get("markets")));
        assertEquals(List.of("Q-EU"), strings(json.get("requirements").get("added")));
        assertEquals(List.of("LEGAL_ETHICS:LEG_RISK_CLASSIFICATION"), strings(json.get("controlGroups").get("added")));
        assertEquals(List.of("LEGAL_COMPLIANCE"), strings(json.get("roles").get("added")));
        assertEquals("85.4", json.get("before").get("overall").asText());
        JsonNode appeared = json.get("findings").get("appeared");
        assertEquals(1, appeared.size());
        assertEquals("ROLE_MISSING", appeared.get(0).get("rule").asText());
        assertTrue(appeared.get(0).get("message").asText().contains("法务与合规"), "the project's language");
        assertArrayEquals(before, Files.readAllBytes(file), "whatif never writes");
    }

    @Test
    void theTextReportShowsScoresBeforeAndAfterWithSignedDeltas() throws Exception {
        Cli cli = Cli.run("whatif", example(Examples.MEDTRIAGE).toString(), "--set", "publicFacing=true",
                "--remove", "market:EU", "--stage", "SCALE", "--name", "go public", "--as-of", "2026-11-28",
                "--lang", "en");
        assertEquals(0, cli.exit, cli.err);
        assertTrue(cli.out.startsWith("MedTriage: what if “go public”\nReadiness 60.4 → "), cli.out);
        assertTrue(cli.out.contains("Risks 62.5 → "), cli.out);
        assertTrue(cli.out.contains("  + Q-PUBLIC  "), cli.out);
        assertTrue(cli.out.contains("  − Q-EU  "), cli.out);
        assertTrue(cli.out.contains("Findings that appear ("), cli.out);
    }

    @Test
    void noChangeSaysSo() throws Exception {
        Cli cli = Cli.run("whatif", example(Examples.MEDTRIAGE).toString(), "--add", "market:EU", "--lang", "en",
                "--as-of", "2026-11-28");
        assertEquals(0, cli.exit);
        assertTrue(cli.out.contains("Readiness 60.4 → 60.4 (±0.0)"), cli.out);
        assertTrue(cli.out.contains("This scenario changes no requirement, finding or score."), cli.out);
    }

    @Test
    void badChangesAreNamedAndExitTwo() throws Exception {
        String file = example(Examples.MEDTRIAGE).toString();
        Cli market = Cli.run("whatif", file, "--add", "market:MARS");
        assertEquals(ExitCodes.BAD_INPUT, market.exit);
        assertTrue(market.err.contains("market:MARS"), market.err);
        assertTrue(market.err.contains("CN, EU, US, OTHER"), market.err);
        Cli kind = Cli.run("whatif", file, "--add", "planet:EU");
        assertEquals(ExitCodes.BAD_INPUT, kind.exit);
        assertTrue(kind.err.contains("planet:EU"), kind.err);
        Cli fact = Cli.run("whatif", file, "--set", "publicFacing=maybe");
        assertEquals(ExitCodes.BAD_INPUT, fact.exit);
        assertTrue(fact.err.contains("publicFacing=maybe"), fact.err);
        Cli unknown = Cli.run("whatif", file, "--set", "sellsIce=true");
        assertEquals(ExitCodes.BAD_INPUT, unknown.exit);
        assertTrue(unknown.err.contains("handlesPersonalData"), unknown.err);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
