package org.aiventure.workbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.Advisor;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advise}: the engine's ranking as an aligned list or JSON, --top, --lang and bad input. */
class AdviseCommandTest {

    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private Path example(String resource) throws Exception {
        return Examples.copyTo(dir, resource);
    }

    @Test
    void theListShowsTheTopActionsWithTheirGainsAlignedAndInOrder() throws Exception {
        Cli cli = Cli.run("advise", example(Examples.MEDTRIAGE).toString(), "--as-of", "2026-11-28", "--top", "5");
        assertEquals(0, cli.exit, cli.err);
        List<Action> ranked = Advisor.rank(Examples.project(Examples.MEDTRIAGE), KB, AS_OF);
        String[] lines = cli.out.strip().split("\n");
        assertTrue(lines[0].startsWith("MedTriage: readiness 60.4 (C) on 2026-11-28; " + ranked.size() + " actions"),
                lines[0]);
        assertEquals(6, lines.length, cli.out);
        int column = lines[1].indexOf(ranked.get(0).describe(KB, Language.EN));
        for (int i = 0; i < 5; i++) {
            String line = lines[i + 1];
            assertTrue(line.contains(ranked.get(i).signedGain() + "  " + ranked.get(i).describe(KB, Language.EN)), line);
            assertEquals(column, line.indexOf(ranked.get(i).describe(KB, Language.EN)), "one column: " + cli.out);
        }
    }

    @Test
    void theJsonCarriesGainsWithOneDecimalAndTheProjectsLanguageByDefault() throws Exception {
        Cli cli = Cli.run("advise", example(Examples.ZHIZAO).toString(), "--as-of", "2026-11-28", "--json");
        assertEquals(0, cli.exit, cli.err);
        JsonNode root = new ObjectMapper().readTree(cli.out);
        List<Action> ranked = Advisor.rank(Examples.project(Examples.ZHIZAO), KB, AS_OF);
        assertEquals("85.4", root.get("overall").asText());
        assertEquals(ranked.size(), root.get("total").asInt());
        assertEquals(Math.min(10, ranked.size()), root.get("actions").size());
        JsonNode first = root.get("actions").get(0);
        assertEquals(ranked.get(0).kind().name(), first.get("kind").asText());
        assertEquals(ranked.get(0).describe(KB, Language.ZH_CN), first.get("description").asText());
        assertTrue(cli.out.contains("\"gain\": " + ranked.get(0).gain().toPlainString() + ","), cli.out);

        Cli en = Cli.run("advise", example(Examples.ZHIZAO).toString(), "--as-of", "2026-11-28", "--json",
                "--lang", "en");
        assertEquals(ranked.get(0).describe(KB, Language.EN),
                new ObjectMapper().readTree(en.out).get("actions").get(0).get("description").asText());
    }

    @Test
    void badInputExitsTwoWithAMessage() throws Exception {
        Cli top = Cli.run("advise", example(Examples.MEDTRIAGE).toString(), "--top", "0");
        assertEquals(ExitCodes.BAD_INPUT, top.exit);
        assertTrue(top.err.contains("--top"), top.err);
        Cli missing = Cli.run("advise", dir.resolve("nowhere.aivw").toString(), "--db",
                dir.resolve("w.db").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit, missing.out + missing.err);
    }
}
