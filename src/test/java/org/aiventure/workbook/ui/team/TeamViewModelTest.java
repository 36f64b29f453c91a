package org.aiventure.workbook.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Team page's edits against a real workbook started from the guide (a founder CEO as FOUNDER, ML
 * engineering as PLANNED, the five practices not done): each is one named, undoable edit the findings follow.
 */
class TeamViewModelTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final I18n i18n = new I18n(Language.EN);
    private final ProjectModel model = new ProjectModel(i18n, dialogs);
    private OpenedProject opened;
    private TeamViewModel vm;

    @BeforeEach
    void openFromGuide() {
        opened = OpenedProject.fromGuide(dir, model, tasks.uiThread(), tasks.assessor());
        vm = new TeamViewModel(model, i18n);
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private Optional<Finding> finding(String rule, String subject) {
        return model.assessmentProperty().get().findings().stream()
                .filter(f -> f.rule().equals(rule) && f.subject().id().equals(subject)).findFirst();
    }

    private TeamEntry entryOf(Role role) {
        return vm.project().team().stream().filter(e -> e.role() == role).findFirst().orElseThrow();
    }

    @Test
    void fillingARequiredRoleRemovesItsFindingAsOneUndoableEdit() {
        TeamEntry ml = entryOf(Role.ML_ENGINEERING);
        assertEquals(TeamStatus.PLANNED, ml.status());
        assertEquals(Severity.MEDIUM, vm.missing(Role.ML_ENGINEERING).orElseThrow().severity());

        vm.setStatus(ml.id(), TeamStatus.FILLED);

        assertEquals(TeamStatus.FILLED, entryOf(Role.ML_ENGINEERING).status());
        assertTrue(vm.missing(Role.ML_ENGINEERING).isEmpty());
        assertEquals("Undo set the status of “" + ml.title() + "”", model.undoLabel().get());
        vm.setStatus(ml.id(), TeamStatus.FILLED);
        assertEquals("Undo set the status of “" + ml.title() + "”", model.undoLabel().get());
        model.undo();
        assertEquals(TeamStatus.PLANNED, entryOf(Role.ML_ENGINEERING).status());
        assertFalse(model.canUndo().get(), "setting the same status again was no second edit");
        assertTrue(vm.missing(Role.ML_ENGINEERING).isPresent());
    }

    @Test
    void aRoleTheProfileNowRequiresIsMissingUntilAPersonIsAdded() {
        model.apply(Edit.of("edit.profileFact", p -> p.withProfile(p.profile().with(ProfileFact.TRAINS_OWN_MODELS,
                true)), "x"));
        RoleCard research = vm.roleCards().stream().filter(c -> c.role() == Role.ML_RESEARCH).findFirst().orElseThrow();
        assertTrue(research.required());
        assertTrue(research.entries().isEmpty());
        assertEquals(Severity.HIGH, vm.missing(Role.ML_RESEARCH).orElseThrow().severity());
        assertTrue(vm.message(vm.missing(Role.ML_RESEARCH).get()).contains("Trains its own models"));
        assertEquals("Required because the profile answers yes to “Trains its own models”.",
                vm.whyRequired(Role.ML_RESEARCH));

        UUID id = vm.addPerson(Role.ML_RESEARCH).orElseThrow();

        TeamEntry added = vm.entry(id).orElseThrow();
        assertEquals("ML research", added.title());
        assertEquals(TeamStatus.PLANNED, added.status());
        assertEquals(List.of(RiskCategory.MODEL_PERFORMANCE, RiskCategory.INTERPRETABILITY), added.covers());
        assertEquals(Severity.MEDIUM, vm.missing(Role.ML_RESEARCH).orElseThrow().severity(),
                "a planned person is better than nobody, but not in place");
        assertEquals("Undo add a person for ML research", model.undoLabel().get());
        assertTrue(vm.setPerson(id, "Mia Wong"));
        vm.setStatus(id, TeamStatus.FILLED);
        assertTrue(vm.missing(Role.ML_RESEARCH).isEmpty());
    }

    @Test
    void requiredRolesComeFirstInTheKnowledgeBasesOrderAndSayWhy() {
        List<RoleCard> cards = vm.roleCards();
        assertEquals(List.of(Role.FOUNDER_CEO, Role.ML_ENGINEERING), cards.stream().map(RoleCard::role).toList());
        assertEquals("Required because every venture needs it.", vm.whyRequired(Role.FOUNDER_CEO));

        vm.addPerson(Role.GO_TO_MARKET);
        vm.addCustomRole();
        assertEquals(List.of(Role.FOUNDER_CEO, Role.ML_ENGINEERING, Role.GO_TO_MARKET, Role.CUSTOM),
                vm.roleCards().stream().map(RoleCard::role).toList());
        assertFalse(vm.roleCards().get(2).required());
        assertTrue(vm.whyRequired(Role.GO_TO_MARKET).startsWith("Your profile does not require this role"));
    }

    @Test
    void aCustomRoleStartsWithNoCategoriesAndIsEditedLikeAnyOther() {
        UUID id = vm.addCustomRole().orElseThrow();
        TeamEntry custom = vm.entry(id).orElseThrow();
        assertEquals(Role.CUSTOM, custom.role());
        assertEquals("New role", custom.title());
        assertTrue(custom.covers().isEmpty());
        assertEquals("Undo add a custom role", model.undoLabel().get());

        assertTrue(vm.rename(id, "Clinical safety officer"));
        vm.setCovers(id, RiskCategory.LEGAL_ETHICS, true);
        vm.setCovers(id, RiskCategory.OTHER, true);
        vm.setCovers(id, RiskCategory.LEGAL_ETHICS, false);
        assertTrue(vm.setNotes(id, "Two days a week."));

        TeamEntry edited = vm.entry(id).orElseThrow();
        assertEquals("Clinical safety officer", edited.title());
        assertEquals(List.of(RiskCategory.OTHER), edited.covers());
        assertEquals("Two days a week.", edited.notes());
        RoleCard card = vm.roleCards().get(vm.roleCards().size() - 1);
        assertEquals(Role.CUSTOM, card.role());
        assertEquals(List.of(edited), card.entries());
    }

    @Test
    void aBlankTitleIsRefusedAndExplained() {
        TeamEntry ceo = entryOf(Role.FOUNDER_CEO);
        assertFalse(vm.rename(ceo.id(), ""));
        assertEquals(ceo.title(), entryOf(Role.FOUNDER_CEO).title());
        assertEquals(1, dialogs.errors.size());
    }

    @Test
    void tickingAPracticeRemovesItsFindingAndKeepsTheEvidence() {
        assertTrue(finding("PRACTICE_NOT_DONE", "MARKET_RESEARCH").isPresent());
        vm.setPracticeDone(PracticeKey.MARKET_RESEARCH, true);
        assertTrue(finding("PRACTICE_NOT_DONE", "MARKET_RESEARCH").isEmpty());
        assertTrue(finding("PRACTICE_NOT_DONE", "RISK_CONTROL").isPresent());
        assertEquals("Undo tick or untick “Market research”", model.undoLabel().get());

        assertTrue(vm.setPracticeEvidence(PracticeKey.MARKET_RESEARCH, "20 interviews"));
        assertEquals("20 interviews", vm.practice(PracticeKey.MARKET_RESEARCH).evidence());
        assertTrue(vm.practice(PracticeKey.MARKET_RESEARCH).done());
        assertTrue(vm.summary().contains("1 of 5 founder practices done"), vm.summary());
    }

    @Test
    void aPracticeMissingFromTheProjectIsAddedWhenTicked() {
        model.apply(Edit.of("edit.profileFact", p -> p.withPractices(List.of()), "x"));
        assertFalse(vm.practice(PracticeKey.TEAM_BUILDING).done());

        vm.setPracticeDone(PracticeKey.TEAM_BUILDING, true);

        assertEquals(1, vm.project().practices().size());
        assertTrue(finding("PRACTICE_NOT_DONE", "TEAM_BUILDING").isEmpty());
    }

    @Test
    void coveringACategoryClearsItsAlarmInTheGridAndTheFindings() {
        Risk privacy = vm.project().risks().stream().filter(r -> r.category() == RiskCategory.DATA_PRIVACY_SECURITY)
                .findFirst().orElseThrow();
        model.apply(Edit.of("edit.risk.likelihood", p -> p.withRisk(privacy.id(), r -> r.withScale(4, 5)), "x"));
        assertTrue(finding("CATEGORY_WITHOUT_OWNER", "DATA_PRIVACY_SECURITY").isPresent());
        CoverageData.Row row = row(RiskCategory.DATA_PRIVACY_SECURITY);
        assertEquals("Critical risk · no one in place", row.alarm());
        assertTrue(row.alarmDetail().contains(privacy.code()));

        TeamEntry ceo = entryOf(Role.FOUNDER_CEO);
        vm.setCovers(ceo.id(), RiskCategory.DATA_PRIVACY_SECURITY, true);

        assertTrue(finding("CATEGORY_WITHOUT_OWNER", "DATA_PRIVACY_SECURITY").isEmpty());
        assertFalse(row(RiskCategory.DATA_PRIVACY_SECURITY).inAlarm());
        assertTrue(row(RiskCategory.DATA_PRIVACY_SECURITY).coveredBy().contains(ceo.id()));
        assertEquals("Undo change what “" + ceo.title() + "” answers for", model.undoLabel().get());
    }

    @Test
    void theGridListsPeopleInPlaceFirst() {
        TeamEntry ceo = entryOf(Role.FOUNDER_CEO);
        TeamEntry ml = entryOf(Role.ML_ENGINEERING);
        UUID hire = vm.addPerson(Role.SECURITY_PRIVACY).orElseThrow();
        vm.setStatus(hire, TeamStatus.ADVISOR);

        List<CoverageData.Column> columns = vm.coverage().columns();
        assertEquals(List.of(ceo.id(), hire, ml.id()), columns.stream().map(CoverageData.Column::id).toList());
        assertEquals("Advisor or contractor", columns.get(1).status());
        assertFalse(columns.get(2).inPlace());
        assertEquals(RiskCategory.values().length, vm.coverage().rows().size());
        assertTrue(row(RiskCategory.MODEL_PERFORMANCE).coveredBy().contains(ml.id()));
    }

    @Test
    void deletingAnOwnerLeavesItsRisksUnownedUntilUndo() {
        TeamEntry ceo = entryOf(Role.FOUNDER_CEO);
        Risk risk = vm.project().risks().get(0);
        model.apply(Edit.of("edit.risk.owner", p -> p.withRisk(risk.id(), r -> r.withOwner(ceo.id())), "x"));
        assertEquals(1, vm.ownedRisks(ceo.id()));

        vm.delete(ceo.id());

        assertTrue(vm.entry(ceo.id()).isEmpty());
        assertNull(vm.project().risk(risk.id()).ownerId());
        assertEquals(Severity.HIGH, vm.missing(Role.FOUNDER_CEO).orElseThrow().severity());
        assertEquals("Undo remove “" + ceo.title() + "” from the team", model.undoLabel().get());

        model.undo();
        assertEquals(ceo, vm.entry(ceo.id()).orElseThrow());
        assertEquals(ceo.id(), vm.project().risk(risk.id()).ownerId());
    }

    @Test
    void chineseTextsComeFromTheBundlesAndTheKnowledgeBase() {
        i18n.languageProperty().set(Language.ZH_CN);
        assertEquals("需要此岗位，因为每个项目都需要。", vm.whyRequired(Role.FOUNDER_CEO));
        assertEquals("计划中", vm.coverage().columns().get(1).status());
    }

    private CoverageData.Row row(RiskCategory category) {
        return vm.coverage().rows().stream().filter(r -> r.key().equals(category.name())).findFirst().orElseThrow();
    }
}
