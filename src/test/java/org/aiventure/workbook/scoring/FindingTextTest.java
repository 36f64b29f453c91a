package org.aiventure.workbook.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.Profile;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.knowledge.GuideTemplate;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.Test;

/** Every finding reads as a complete sentence in both languages and says why it is there. */
class FindingTextTest {

    /** Projects that between them make every rule fire, most of them in several variants. */
    private static List<Project> projects() throws IOException {
        List<Project> all = new ArrayList<>();
        all.add(ExampleScoresTest.read("/examples/medtriage.aivw"));
        all.add(ExampleScoresTest.read("/examples/zhizao-zhijian.aivw"));
        AtomicLong ids = new AtomicLong(1);
        all.add(GuideTemplate.build(Fixtures.KB, Language.ZH_CN, "指南", () -> new UUID(1, ids.getAndIncrement()),
                Instant.EPOCH).withSectors(List.of(Sector.GENERAL, Sector.FINANCE)).withMarkets(List.of(Market.CN))
                .withStage(Stage.SCALE).withProfile(new Profile(Set.of(ProfileFact.values()))));
        for (long seed = 1; seed <= 6; seed++) {
            all.add(ProjectGenerator.generate(seed, 60));
        }
        return all;
    }

    @Test
    void everyFindingRendersInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        for (Project p : projects()) {
            for (Finding f : Fixtures.assess(p).findings()) {
                rules.add(f.rule());
                keys.add(f.message().key());
                keys.add(f.fix().key());
                for (Language language : Language.values()) {
                    for (String text : List.of(FindingText.message(f, Fixtures.KB, language),
                            FindingText.fix(f, Fixtures.KB, language))) {
                        assertFalse(text.isBlank(), f.toString());
                        assertFalse(text.matches("(?s).*\\{\\d.*"), "unreplaced argument in " + text);
                        if (language == Language.ZH_CN) {
                            assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                                    == Character.UnicodeScript.HAN), "no Chinese in " + text);
                        }
                    }
                }
            }
        }
        assertEquals(15, rules.size(), "every rule fired somewhere: " + rules);
        assertTrue(keys.size() >= 25, "variants covered: " + keys);
    }

    @Test
    void aRequiredCategoryNamesTheProfileAnswerAndTheRequirement() {
        Project p = Fixtures.blank().withProfile(Profile.of(ProfileFact.HANDLES_PERSONAL_DATA));
        Finding f = Fixtures.findings(p, "CATEGORY_UNCOVERED").stream()
                .filter(x -> x.subject().id().equals("DATA_PRIVACY_SECURITY")).findFirst().orElseThrow();
        String en = FindingText.message(f, Fixtures.KB, Language.EN);
        String zh = FindingText.message(f, Fixtures.KB, Language.ZH_CN);
        String fact = Fixtures.KB.label(Language.EN, ProfileFact.HANDLES_PERSONAL_DATA);
        assertTrue(en.contains("“" + fact + "”") && en.contains("Q-PERSONAL"), en);
        assertTrue(zh.contains(Fixtures.KB.label(Language.ZH_CN, ProfileFact.HANDLES_PERSONAL_DATA))
                && zh.contains("数据隐私和安全") && zh.contains("Q-PERSONAL"), zh);
        assertEquals("Add a risk for Data privacy and security, for example from the guide's template "
                + "“User or training data leaks or is misused”.", FindingText.fix(f, Fixtures.KB, Language.EN));
    }

    @Test
    void manyRequirementsAreCutAfterThreeAndCounted() {
        // all facts, CN and EU: six requirements name LEGAL_ETHICS
        Project p = Fixtures.blank().withProfile(new Profile(Set.of(ProfileFact.values())))
                .withMarkets(List.of(Market.CN, Market.EU));
        Finding f = Fixtures.findings(p, "CATEGORY_UNCOVERED").stream()
                .filter(x -> x.subject().id().equals("LEGAL_ETHICS")).findFirst().orElseThrow();
        String en = FindingText.message(f, Fixtures.KB, Language.EN);
        assertTrue(en.endsWith("; and 3 more."), en);
        assertTrue(FindingText.message(f, Fixtures.KB, Language.ZH_CN).contains("另有3项"));
    }
}
