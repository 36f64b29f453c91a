package org.aiventure.workbook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.OpportunityCategory;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.domain.TeamStatus;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base against knowledge.md itself (a copy in the test resources): every table and list of the
 * spec is parsed and compared with what the JSON holds, so the two cannot drift apart unnoticed.
 */
class KnowledgeSpecTest {

    private static final SpecDocument SPEC = SpecDocument.resource("/spec/knowledge.md");
    private static final Pattern KEY_AND_ZH = Pattern.compile("`([A-Z_]+)` ([^,.\\s]+)");
    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void controlsMatchTheControlsTable() {
        List<List<String>> rows = SPEC.section("## Controls").tableRows();
        assertEquals(31, rows.size(), "rows of the Controls table");
        List<String> expected = new ArrayList<>();
        for (List<String> row : rows) {
            Matcher seed = Pattern.compile("§(\\d)").matcher(row.get(2));
            expected.add(SpecDocument.unquote(row.get(0)) + " " + row.get(1) + " " + row.get(3) + " seed "
                    + (seed.find() ? seed.group(1) : "0"));
        }
        List<String> actual = kb.controls().stream()
                .map(c -> c.key() + " " + c.category() + " " + c.defaultEffect() + " seed " + c.seedSection())
                .toList();
        assertEachEqual(expected, actual, "control");
    }

    @Test
    void requirementsMatchTheRequirementsTable() {
        List<List<String>> rows = SPEC.section("## Requirements").tableRows();
        assertEquals(21, rows.size(), "rows of the Requirements table");
        List<Requirement> expected = new ArrayList<>();
        for (List<String> row : rows) {
            List<Condition> when = Arrays.stream(row.get(1).split(",\\s*")).map(KnowledgeSpecTest::condition).toList();
            List<ControlGroup> groups = new ArrayList<>();
            Matcher m = Pattern.compile("\\[([^]]+)]").matcher(row.get(3));
            while (m.find()) {
                groups.add(new ControlGroup(List.of(m.group(1).split(",\\s*"))));
            }
            expected.add(new Requirement(SpecDocument.unquote(row.get(0)), when, RiskCategory.valueOf(row.get(2)),
                    groups));
        }
        assertEachEqual(expected, kb.requirements(), "requirement");
    }

    @Test
    void rolesMatchTheRolesTable() {
        List<List<String>> rows = SPEC.section("## Team roles").tableRows();
        assertEquals(11, rows.size(), "rows of the roles table");
        List<RoleRule> expected = new ArrayList<>();
        for (List<String> row : rows) {
            Role role = Role.valueOf(SpecDocument.unquote(row.get(0)));
            List<RiskCategory> covers = Arrays.stream(row.get(2).split(",\\s*")).map(RiskCategory::valueOf).toList();
            List<List<Condition>> requiredWhen = Arrays.stream(row.get(3).split(";\\s*"))
                    .map(alt -> Arrays.stream(alt.split("\\s+and\\s+")).map(KnowledgeSpecTest::condition).toList())
                    .toList();
            expected.add(new RoleRule(role, covers, requiredWhen));
            assertEquals(row.get(1), kb.label(Language.ZH_CN, role), "zh label of " + role);
        }
        assertEachEqual(expected, kb.roles(), "role rule");
    }

    @Test
    void categoriesAndTheirChineseLabelsMatchTheCategoryTable() {
        List<List<String>> rows = SPEC.section("## Risk and challenge categories").tableRows();
        List<String> keys = rows.stream().map(r -> SpecDocument.unquote(r.get(0))).toList();
        assertEquals(Arrays.stream(RiskCategory.values()).map(Enum::name).toList(), keys);
        for (List<String> row : rows) {
            RiskCategory category = RiskCategory.valueOf(SpecDocument.unquote(row.get(0)));
            assertEquals(row.get(1), kb.label(Language.ZH_CN, category), "zh label of " + category);
        }
        Map<String, String> opportunities = keyAndZh(SPEC.between("Opportunity categories (seed §6):", "\n\n"));
        assertEquals(names(OpportunityCategory.values()), List.copyOf(opportunities.keySet()));
        opportunities.forEach((key, zh) ->
                assertEquals(zh, kb.label(Language.ZH_CN, OpportunityCategory.valueOf(key)), "zh label of " + key));
    }

    @Test
    void profileFactsAndTheirQuestionsMatchTheFactsTable() {
        List<List<String>> rows = SPEC.section("## Project profile facts").tableRows();
        assertEquals(ProfileFact.values().length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ProfileFact fact = ProfileFact.values()[i];
            assertEquals(SpecDocument.unquote(rows.get(i).get(0)), fact.key());
            assertEquals(rows.get(i).get(1), kb.question(Language.EN, fact), "question of " + fact.key());
        }
    }

    @Test
    void sectorsMarketsAndStagesMatchTheirLists() {
        Map<String, String> sectors = keyAndZh(SPEC.between("Sectors (", "Markets ("));
        assertEquals(names(Sector.values()), List.copyOf(sectors.keySet()));
        sectors.forEach((key, zh) -> assertEquals(zh, kb.label(Language.ZH_CN, Sector.valueOf(key)), key));
        assertEquals(names(Market.values()), upperKeys(SPEC.between("Markets (", "Stages (")));
        assertEquals(names(Stage.values()), upperKeys(SPEC.between("Stages (", "\n\n")));
    }

    @Test
    void practicesMatchTheirListWithTheSeedsWords() {
        Map<String, String> practices = keyAndZh(SPEC.section("## Founder practices").text());
        assertEquals(names(PracticeKey.values()), List.copyOf(practices.keySet()));
        practices.forEach((key, zh) -> assertEquals(zh, kb.label(Language.ZH_CN, PracticeKey.valueOf(key)), key));
    }

    @Test
    void canvasBlocksColoursAndEvidenceMatchTheirLists() {
        SpecDocument canvas = SPEC.section("## Business model canvas");
        assertEquals(names(CanvasBlock.values()), upperKeys(canvas.between("in this order:", "Each block")));
        assertEquals(names(NoteColor.values()), upperKeys(canvas.between("Note colours:", "Evidence of a note")));
        assertEquals(names(Evidence.values()), upperKeys(canvas.between("Evidence of a note:", "The guiding")));
        assertEquals(kb.canvasBlocks().stream().map(b -> b.block().name()).toList(), names(CanvasBlock.values()));
        for (CanvasBlockInfo info : kb.canvasBlocks()) {
            boolean heavy = List.of(CanvasBlock.VALUE_PROPOSITIONS, CanvasBlock.CUSTOMER_SEGMENTS,
                    CanvasBlock.REVENUE_STREAMS).contains(info.block());
            assertEquals(heavy ? 2 : 1, info.weight(), "weight of " + info.block());
        }
    }

    @Test
    void teamStatusCreditsAndInPlaceMatchTheSpec() {
        String statuses = SPEC.between("Team entry statuses and the credit", "A role is *in place*");
        Matcher m = Pattern.compile("`([A-Z_]+)` ([0-9.]+)").matcher(statuses);
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            TeamStatus status = TeamStatus.valueOf(m.group(1));
            assertEquals(new BigDecimal(m.group(2)), kb.credit(status), "credit of " + status);
            seen.add(status.name());
        }
        assertEquals(names(TeamStatus.values()), seen);
        List<String> inPlace = List.of(SPEC.between("A role is *in place* when its best entry is ", ".")
                .split(",\\s*|\\s+or\\s+"));
        for (TeamStatus status : TeamStatus.values()) {
            assertEquals(inPlace.contains(status.name()), kb.isInPlace(status), "in place: " + status);
        }
    }

    @Test
    void seedTemplateControlsAreTheTemplatesOfTheSeedCategories() {
        Matcher m = Pattern.compile("(?m)^\\s+([A-Z_]+): ([A-Z_, ]+);").matcher(SPEC.section("## The seed template").text());
        Map<RiskCategory, List<String>> expected = new LinkedHashMap<>();
        while (m.find()) {
            expected.put(RiskCategory.valueOf(m.group(1)), List.of(m.group(2).split(",\\s*")));
        }
        assertEquals(5, expected.size());
        assertEquals(19, expected.values().stream().mapToInt(List::size).sum());
        expected.forEach((category, controls) -> {
            assertEquals(controls, kb.riskTemplate(category).controls(), "template of " + category);
            assertEquals(controls, kb.controlsOf(category).stream().filter(c -> c.seedSection() >= 1
                    && c.seedSection() <= 5).map(Control::key).toList(), "seed controls of " + category);
        });
    }

    /** Item by item, so a failure names the one entry that differs. */
    private static <T> void assertEachEqual(List<T> expected, List<T> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + " #" + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), "number of " + what + "s");
    }

    /** knowledge.md's notation for a condition, as the tables write it. */
    private static Condition condition(String text) {
        String t = text.trim();
        if (t.equals("always")) {
            return new Condition.Always();
        } else if (t.startsWith("sector:")) {
            return new Condition.InSector(Sector.valueOf(t.substring("sector:".length())));
        } else if (t.startsWith("market:")) {
            return new Condition.InMarket(Market.valueOf(t.substring("market:".length())));
        } else if (t.startsWith("stage ≥ ")) {
            return new Condition.StageAtLeast(Stage.valueOf(t.substring("stage ≥ ".length())));
        } else if (t.startsWith("a sector other than ")) {
            return new Condition.InSectorOtherThan(Sector.valueOf(t.substring("a sector other than ".length())));
        }
        return new Condition.Fact(ProfileFact.ofKey(t));
    }

    private static Map<String, String> keyAndZh(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = KEY_AND_ZH.matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        assertTrue(out.size() > 0, "no `KEY` 中文 pairs in " + text);
        return out;
    }

    private static List<String> upperKeys(String text) {
        return SpecDocument.backticked(text).stream().filter(k -> k.matches("[A-Z_]+")).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
