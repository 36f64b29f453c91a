package org.aiventure.workbook.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;

/** What-if scenarios on the two example projects, against knowledge.md's tables and the engine itself. */
class WhatIfTest {

    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final Project MEDTRIAGE = Examples.project(Examples.MEDTRIAGE);
    private static final Project ZHIZAO = Examples.project(Examples.ZHIZAO);

    private static ScenarioOutcome play(Project project, Scenario scenario) {
        return WhatIf.evaluate(project, scenario, KB, AS_OF);
    }

    @Test
    void enteringTheEuAddsWhatKnowledgeMdSaysAndNothingElse() {
        // ZhiZao sells in CN only. knowledge.md: Q-EU (market:EU) names LEGAL_ETHICS [LEG_RISK_CLASSIFICATION];
        // LEGAL_COMPLIANCE is required on market:EU. LEGAL_ETHICS itself is already required (Q-ALWAYS-LEGAL).
        ScenarioOutcome o = play(ZHIZAO, Scenario.of(ZHIZAO, "enter the EU market").with(Market.EU, true));
        assertEquals(new SetChange<>(List.of("Q-EU"), List.of()), o.requirements());
        assertEquals(new SetChange<>(List.of(), List.of()), o.categories());
        assertEquals(new SetChange<>(List.of("LEGAL_ETHICS:LEG_RISK_CLASSIFICATION"), List.of()), o.controlGroups());
        assertEquals(new SetChange<>(List.of(Role.LEGAL_COMPLIANCE), List.of()), o.roles());
        assertEquals(List.of("ROLE_MISSING LEGAL_COMPLIANCE HIGH"), describe(o.findings().appeared()));
        assertEquals(List.of(), o.findings().gone());
        assertEquals(new BigDecimal("85.4"), o.before().overall(), "the expected score of the example");
        assertEquals(Assessor.assess(o.scenario().applyTo(ZHIZAO), KB, AS_OF), o.after(),
                "the scenario's scores are the engine's on the changed copy");
        assertEquals(o.after().overall().subtract(o.before().overall()), o.scores().overallDelta());
        assertTrue(o.scores().overallDelta().signum() < 0, "a new required role and group lower readiness");
    }

    @Test
    void leavingTheEuRemovesTheGroupButKeepsTheRoleThatSensitiveDataRequires() {
        ScenarioOutcome o = play(MEDTRIAGE, Scenario.of(MEDTRIAGE, "leave the EU").with(Market.EU, false));
        assertEquals(List.of("Q-EU"), o.requirements().removed());
        assertEquals(List.of("LEGAL_ETHICS:LEG_RISK_CLASSIFICATION"), o.controlGroups().removed());
        assertTrue(o.roles().isEmpty(), "LEGAL_COMPLIANCE stays: MedTriage handles sensitive data");
        assertTrue(o.categories().isEmpty());
    }

    @Test
    void goingBackToTheIdeaStageDropsTheRolesOfLaterStages() {
        ScenarioOutcome o = play(ZHIZAO, Scenario.of(ZHIZAO, "back to the idea").withStage(Stage.IDEA));
        assertEquals(List.of(Role.PRODUCT, Role.GO_TO_MARKET), o.roles().removed());
        assertTrue(o.requirements().isEmpty(), "no requirement depends on the stage");
    }

    @Test
    void anUnchangedScenarioChangesNothing() {
        Scenario same = Scenario.of(MEDTRIAGE, "as is");
        assertFalse(same.changes(MEDTRIAGE));
        assertTrue(play(MEDTRIAGE, same).isEmpty());
        Scenario roundTrip = same.with(Sector.FINANCE, true).with(Sector.FINANCE, false);
        assertFalse(roundTrip.changes(MEDTRIAGE), "ticking and unticking a sector is no change");
    }

    @Test
    void theScenarioEditChangesTheFourScenarioFieldsInOneStep() {
        Scenario s = Scenario.of(ZHIZAO, "open to the public").with(ProfileFact.PUBLIC_FACING, true)
                .with(Market.EU, true).with(Sector.GENERAL, true).withStage(Stage.SCALE);
        Project applied = s.edit().applyTo(ZHIZAO);
        assertEquals(s.applyTo(ZHIZAO), applied);
        assertEquals(Stage.SCALE, applied.stage());
        assertEquals(List.of(Market.CN, Market.EU), applied.markets(), "an added market goes last");
        assertEquals(List.of(Sector.MANUFACTURING, Sector.GENERAL), applied.sectors());
        assertTrue(applied.profile().has(ProfileFact.PUBLIC_FACING));
        assertEquals(ZHIZAO.risks(), applied.risks());
        assertEquals(ZHIZAO.team(), applied.team());
        assertEquals("edit.scenario.apply", s.edit().labelKey());
        assertEquals(List.of("open to the public"), s.edit().labelArgs());
    }

    /** Every single change of every example: before − gone + appeared is exactly after, severities aside. */
    @Test
    void appearedAndGoneAccountForEveryFindingOfEverySingleChange() {
        for (Project p : List.of(MEDTRIAGE, ZHIZAO)) {
            for (Scenario s : singleChanges(p)) {
                ScenarioOutcome o = play(p, s);
                List<String> expected = new ArrayList<>(keys(o.before().findings()));
                expected.removeAll(keys(o.findings().gone()));
                expected.addAll(keys(o.findings().appeared()));
                List<String> after = keys(o.after().findings());
                assertEquals(after.stream().sorted().toList(), expected.stream().sorted().toList(),
                        p.name() + " / " + s.name());
                Assessment direct = Assessor.assess(s.applyTo(p), KB, AS_OF);
                assertEquals(direct, o.after());
                assertEquals(SetChange.between(KB.requiredCategories(p), KB.requiredCategories(s.applyTo(p))),
                        o.categories());
            }
        }
    }

    @Test
    void addedCategoriesFollowTheRequirements() {
        Project blank = ZHIZAO.withProfile(ZHIZAO.profile().with(ProfileFact.HANDLES_PERSONAL_DATA, false));
        ScenarioOutcome o = play(blank, Scenario.of(blank, "third-party models")
                .with(ProfileFact.USES_THIRD_PARTY_MODELS, true));
        assertEquals(List.of(RiskCategory.SUPPLY_CHAIN), o.categories().added());
        assertEquals(List.of("SUPPLY_CHAIN:SUP_PROVENANCE_LICENSE",
                "SUPPLY_CHAIN:SUP_VERSION_PINNING|SUP_SECOND_PROVIDER"), o.controlGroups().added());
        assertTrue(describe(o.findings().appeared()).contains("CATEGORY_UNCOVERED SUPPLY_CHAIN HIGH"));
    }

    private static List<Scenario> singleChanges(Project p) {
        List<Scenario> all = new ArrayList<>();
        Scenario base = Scenario.of(p, "");
        for (Sector x : Sector.values()) {
            all.add(base.with(x, !p.sectors().contains(x)).named("sector " + x));
        }
        for (Market x : Market.values()) {
            all.add(base.with(x, !p.markets().contains(x)).named("market " + x));
        }
        for (ProfileFact x : ProfileFact.values()) {
            all.add(base.with(x, !p.profile().has(x)).named("fact " + x));
        }
        for (Stage x : Stage.values()) {
            all.add(base.withStage(x).named("stage " + x));
        }
        return all;
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.subject().type() + " " + f.subject().id()).toList();
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.subject().id() + " " + f.severity()).toList();
    }
}
