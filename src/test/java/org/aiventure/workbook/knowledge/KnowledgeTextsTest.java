package org.aiventure.workbook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.RiskCategory;
import org.junit.jupiter.api.Test;

/** The texts: complete in both languages, Chinese where Chinese is due, and the guide in the seed's own words. */
class KnowledgeTextsTest {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void bothTextFilesHaveExactlyTheSameKeys() throws IOException {
        Map<String, String> en = raw(KnowledgeLoader.TEXTS_EN);
        Map<String, String> zh = raw(KnowledgeLoader.TEXTS_ZH_CN);
        Set<String> onlyEn = new HashSet<>(en.keySet());
        onlyEn.removeAll(zh.keySet());
        Set<String> onlyZh = new HashSet<>(zh.keySet());
        onlyZh.removeAll(en.keySet());
        assertEquals(Set.of(), onlyEn, "keys only in English");
        assertEquals(Set.of(), onlyZh, "keys only in Chinese");
        assertEquals(en.keySet(), kb.textKeys());
    }

    @Test
    void everyKeyOfTheSpecHasALabelAndAnExplanationInBothLanguages() {
        List<String> subjects = new ArrayList<>();
        for (Class<? extends Enum<?>> type : TextKeys.LABELLED_ENUMS) {
            for (Enum<?> value : type.getEnumConstants()) {
                subjects.add(TextKeys.of(value));
            }
        }
        kb.controls().forEach(c -> subjects.add(TextKeys.control(c.key())));
        kb.requirements().forEach(r -> subjects.add(TextKeys.requirement(r.id())));
        // 94 values of the 17 labelled enums, 31 controls, 21 requirements
        assertEquals(94 + 31 + 21, subjects.size(), "subjects with a label");
        for (Language language : Language.values()) {
            for (String subject : subjects) {
                assertFalse(Checks.isBlank(kb.label(language, subject)), language + " label of " + subject);
                assertFalse(Checks.isBlank(kb.explanation(language, subject)), language + " explanation of " + subject);
            }
            for (ProfileFact fact : ProfileFact.values()) {
                assertTrue(kb.question(language, fact).endsWith(language == Language.EN ? "?" : "？"),
                        language + " question of " + fact.key());
            }
        }
    }

    @Test
    void chineseTextsAreChineseAndEnglishTextsAreNot() throws IOException {
        raw(KnowledgeLoader.TEXTS_ZH_CN).forEach((key, text) ->
                assertTrue(CJK.matcher(text).find(), "zh-CN text without Chinese: " + key));
        raw(KnowledgeLoader.TEXTS_EN).forEach((key, text) ->
                assertFalse(CJK.matcher(text).find(), "en text with Chinese: " + key));
    }

    @Test
    void guideMatchesTheSeedFilesWordForWord() {
        assertGuideMatchesSeed(Language.ZH_CN, SpecDocument.resource("/seed/ai-startup-challenges.zh.md"),
                "**题目：** ", "：");
        assertGuideMatchesSeed(Language.EN, SpecDocument.resource("/seed/ai-startup-challenges.en.md"),
                "**Question:** ", ": ");
    }

    private void assertGuideMatchesSeed(Language language, SpecDocument seed, String questionMark, String colon) {
        Guide guide = kb.guide();
        assertEquals(7, guide.sections().size());
        for (GuideSection section : guide.sections()) {
            String heading = "#### " + section.number() + ". ";
            SpecDocument text = seed.section(heading);
            String title = seed.text().lines().filter(l -> l.startsWith(heading)).findFirst().orElseThrow()
                    .substring(heading.length());
            assertEquals(title, section.title().in(language), language + " title of §" + section.number());
            String question = text.text().lines().filter(l -> l.startsWith(questionMark)).findFirst().orElseThrow()
                    .substring(questionMark.length());
            assertEquals(question, section.question().in(language), language + " question of §" + section.number());
            Matcher bullet = Pattern.compile("(?m)^\\s*- \\*\\*([^*]+)\\*\\*" + Pattern.quote(colon) + "(.+)$")
                    .matcher(text.text());
            List<String> expected = new ArrayList<>();
            while (bullet.find()) {
                // The app shows a bullet's text on its own (as an analysis note), so English starts it with a capital.
                String body = bullet.group(2).trim();
                expected.add(bullet.group(1) + " | " + Character.toUpperCase(body.charAt(0)) + body.substring(1));
            }
            List<String> actual = section.items().stream()
                    .map(i -> i.title().in(language) + " | " + i.text().in(language)).toList();
            assertEquals(expected, actual, language + " bullets of §" + section.number());
        }
        String closing = language == Language.ZH_CN ? "### 结语" : "### Closing";
        assertEquals(seed.section(closing).text().strip().replace("\n", language == Language.ZH_CN ? "" : " "),
                guide.closing().in(language));
    }

    @Test
    void labelsOfTheSeedsOwnItemsAreTheSeedsWords() {
        for (Language language : Language.values()) {
            for (GuideSection section : kb.guide().sections()) {
                for (GuideItem item : section.items()) {
                    String label = switch (section.itemKind()) {
                        case CONTROLS -> kb.controlLabel(language, item.key());
                        case PRACTICES -> kb.label(language, PracticeKey.valueOf(item.key()));
                        case ANALYSIS -> {
                            AnalysisCategory category = AnalysisCategory.of(item.key());
                            yield category instanceof RiskCategory ? null : kb.label(language, (Enum<?>) category);
                        }
                    };
                    if (label != null) {
                        assertEquals(item.title().in(language), label, language + " label of " + item.key());
                    }
                }
            }
        }
        assertEquals("数据脱敏", kb.controlLabel(Language.ZH_CN, "DPS_MASKING"));
        assertEquals("批处理大小调优", kb.controlLabel(Language.ZH_CN, "RES_BATCH_SIZE_TUNING"));
        assertEquals("市场研究", kb.controlLabel(Language.ZH_CN, "MKT_RESEARCH"));
    }

    @Test
    void everyCanvasBlockHasThreeOrFourDistinctGuidingQuestionsAndTheCreditNamesItsSource() {
        for (Language language : Language.values()) {
            for (CanvasBlock block : CanvasBlock.values()) {
                List<String> questions = kb.guidingQuestions(language, block);
                assertTrue(questions.size() >= 3 && questions.size() <= 4, language + " questions of " + block);
                assertEquals(questions.size(), new HashSet<>(questions).size(), "distinct questions of " + block);
                questions.forEach(q -> assertTrue(q.endsWith("?") || q.endsWith("？"), "a question: " + q));
            }
            String credit = kb.canvasCredit(language);
            for (String name : List.of("Strategyzer", "Osterwalder", "Pigneur", "CC BY-SA 3.0")) {
                assertTrue(credit.contains(name), language + " credit names " + name);
            }
        }
        assertEquals(kb.guidingQuestions(Language.EN, CanvasBlock.REVENUE_STREAMS).size(),
                kb.guidingQuestions(Language.ZH_CN, CanvasBlock.REVENUE_STREAMS).size());
    }

    @Test
    void scaleStepsHaveDistinctLabelsAndTheImpactMeaningsOfTheSpec() {
        for (Language language : Language.values()) {
            assertEquals(5, kb.likelihoodSteps().stream().map(s -> s.label().in(language)).distinct().count());
            assertEquals(5, kb.impactSteps().stream().map(s -> s.label().in(language)).distinct().count());
        }
        assertEquals(List.of(1, 2, 3, 4, 5), kb.impactSteps().stream().map(ScaleStep::value).toList());
        assertEquals("A month's delay or a lost pilot.", kb.impactStep(2).description().in(Language.EN));
        assertTrue(kb.likelihoodStep(1).description().in(Language.EN).contains("Under 5 %"));
        assertTrue(kb.likelihoodStep(5).description().in(Language.ZH_CN).contains("80%"));
        assertEquals("几乎肯定", kb.likelihoodStep(5).label().in(Language.ZH_CN));
    }

    @Test
    void everyRiskCategoryHasATemplateInBothLanguages() {
        for (RiskCategory category : RiskCategory.values()) {
            RiskTemplate template = kb.riskTemplate(category);
            assertEquals(category, template.category());
            assertTrue(CJK.matcher(template.title().in(Language.ZH_CN)).find(), "zh title of " + category);
            assertFalse(CJK.matcher(template.title().in(Language.EN)).find(), "en title of " + category);
            assertTrue(template.description().in(Language.EN).length() > 40, "en description of " + category);
            template.controls().forEach(k -> assertEquals(category, kb.control(k).category(), k));
        }
    }

    private static Map<String, String> raw(String file) throws IOException {
        try (InputStream in = KnowledgeTextsTest.class.getResourceAsStream(KnowledgeLoader.RESOURCE_DIR + file)) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> out = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        }
    }
}
