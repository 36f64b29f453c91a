package org.aiventure.workbook.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.GuideTemplate;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A project made from the guide scores as guide-template.expected.md says, in either language. */
class GuideTemplateScoreTest {

    private static final String EXPECTED = Examples.text("/examples/guide-template.expected.md");

    private static Supplier<UUID> counter() {
        AtomicLong next = new AtomicLong(1);
        return () -> new UUID(0x4000L, next.getAndIncrement());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void scoresAsTheExpectedFileSays(Language language) {
        Project p = GuideTemplate.build(Fixtures.KB, language, "Guide", counter(), Instant.parse("2026-01-05T10:00:00Z"));
        Assessment a = Fixtures.assess(p);

        Matcher scores = Pattern.compile("overall ([\\d.]+), grade (\\w); RISKS ([\\d.]+), TEAM ([\\d.]+), "
                + "CANVAS ([\\d.]+), ANALYSIS ([\\d.]+)").matcher(EXPECTED);
        assertTrue(scores.find(), "the expected file states the scores");
        assertEquals(new BigDecimal(scores.group(1)), a.overall());
        assertEquals(scores.group(2), a.grade().name());
        assertEquals(new BigDecimal(scores.group(3)), a.area(Area.RISKS).score());
        assertEquals(new BigDecimal(scores.group(4)), a.area(Area.TEAM).score());
        assertEquals(new BigDecimal(scores.group(5)), a.area(Area.CANVAS).score());
        assertEquals(new BigDecimal(scores.group(6)), a.area(Area.ANALYSIS).score());

        Matcher total = Pattern.compile("(\\d+) findings in all").matcher(EXPECTED);
        assertTrue(total.find());
        assertEquals(Integer.parseInt(total.group(1)), a.findings().size());

        // each table row is a run of findings of one severity and rule, in the table's order
        int at = 0;
        Matcher row = Pattern.compile("^\\| (CRITICAL|HIGH|MEDIUM|LOW) \\| (\\w+) \\| (.+) \\|$", Pattern.MULTILINE)
                .matcher(EXPECTED);
        while (row.find()) {
            List<String> expectedIds = ids(row.group(3), p);
            List<String> actualIds = new ArrayList<>();
            for (int i = 0; i < expectedIds.size(); i++, at++) {
                Finding f = a.findings().get(at);
                assertEquals(row.group(1), f.severity().name(), "severity of finding " + at);
                assertEquals(row.group(2), f.rule(), "rule of finding " + at);
                actualIds.add(f.subject().type() + " " + f.subject().id());
            }
            assertEquals(expectedIds, actualIds, row.group());
        }
        assertEquals(a.findings().size(), at, "every finding is in the table");
    }

    /** "CATEGORY MARKET", "BLOCK A, B, C" or one of the file's phrases for the template's risks and the rest. */
    private static List<String> ids(String subjects, Project p) {
        switch (subjects) {
            case "each of the five risks":
                return p.risks().stream().map(r -> "RISK " + r.id()).sorted().toList();
            case "each of the five practices":
                return Arrays.stream(PracticeKey.values())
                        .map(k -> "PRACTICE " + k.name()).sorted().toList();
            case "the other six blocks":
                return List.of("BLOCK CHANNELS", "BLOCK COST_STRUCTURE", "BLOCK CUSTOMER_RELATIONSHIPS",
                        "BLOCK KEY_ACTIVITIES", "BLOCK KEY_PARTNERS", "BLOCK KEY_RESOURCES");
            default:
                String type = subjects.substring(0, subjects.indexOf(' '));
                return Arrays.stream(subjects.substring(type.length() + 1).split(", ")).map(id -> type + " " + id)
                        .toList();
        }
    }
}
