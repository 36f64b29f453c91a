package org.aiventure.workbook.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel's logic against the guide template (guide-template.expected.md: its 27 findings). */
class FindingsViewModelTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScriptedOwnerPicker picker = new ScriptedOwnerPicker();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final I18n i18n = new I18n(Language.EN);
    private final ProjectModel model = new ProjectModel(i18n, dialogs);
    private OpenedProject opened;
    private FindingsViewModel findings;
    private KnowledgeBase kb;

    @BeforeEach
    void openTheGuideTemplate() {
        opened = OpenedProject.fromGuide(dir, model, tasks.uiThread(), tasks.assessor());
        kb = opened.knowledge();
        findings = new FindingsViewModel(model, i18n, navigator, picker);
    }

    @AfterEach
    void close() {
        tasks.settle();
        opened.close();
    }

    private List<Finding> all() {
        return model.assessmentProperty().get().findings();
    }

    private Optional<Finding> find(String rule, String subjectId) {
        return all().stream().filter(f -> f.rule().equals(rule) && f.subject().id().equals(subjectId)).findFirst();
    }

    private Risk riskOf(RiskCategory category) {
        return model.project().risks().stream().filter(r -> r.category() == category).findFirst().orElseThrow();
    }

    private TeamEntry entryOf(Role role) {
        return model.project().team().stream().filter(e -> e.role() == role).findFirst().orElseThrow();
    }

    @Test
    void countsAndGroupsFollowTheExpectedFile() {
        // guide-template.expected.md: HIGH 1; MEDIUM 1 + 5 + 5 + 1 + 3 = 15; LOW 5 + 6 = 11; 27 in all.
        assertEquals(0, findings.countProperty(Severity.CRITICAL).get());
        assertEquals(1, findings.countProperty(Severity.HIGH).get());
        assertEquals(15, findings.countProperty(Severity.MEDIUM).get());
        assertEquals(11, findings.countProperty(Severity.LOW).get());
        assertEquals(27, findings.totalProperty().get());
        var groups = findings.groupsProperty().get();
        assertEquals(List.of(Severity.values()), List.copyOf(groups.keySet()), "most urgent first");
        assertEquals("CATEGORY_UNCOVERED", groups.get(Severity.HIGH).get(0).rule());
        assertTrue(groups.get(Severity.LOW).stream().allMatch(f -> f.severity() == Severity.LOW));

        model.setOpen(null, kb);
        assertEquals(0, findings.totalProperty().get());
        assertEquals(0, findings.countProperty(Severity.MEDIUM).get());
        assertFalse(findings.hasProject());
    }

    @Test
    void messagesAndFixesFollowTheLanguage() {
        Finding uncovered = findings.groupsProperty().get().get(Severity.HIGH).get(0);
        String english = findings.message(uncovered);
        assertTrue(english.startsWith("No open risk covers"), english);
        assertTrue(findings.fix(uncovered).startsWith("Add a risk for"), findings.fix(uncovered));
        i18n.languageProperty().set(Language.ZH_CN);
        assertNotEquals(english, findings.message(uncovered));
        assertTrue(findings.message(uncovered).codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff));
    }

    @Test
    void oneClickFixesOnlyWhereTheStepIsObvious() {
        assertEquals(Optional.of(QuickFix.ADD_RISK), findings.quickFix(find("CATEGORY_UNCOVERED", "MARKET").orElseThrow()));
        assertEquals(Optional.of(QuickFix.ADD_CONTROL),
                findings.quickFix(find("CONTROL_MISSING", "MODEL_PERFORMANCE:PERF_EVALUATION").orElseThrow()));
        Risk any = model.project().risks().get(0);
        assertEquals(Optional.of(QuickFix.ASSIGN_OWNER), findings.quickFix(find("RISK_UNOWNED", any.id().toString()).orElseThrow()));
        Finding practice = all().stream().filter(f -> f.rule().equals("PRACTICE_NOT_DONE")).findFirst().orElseThrow();
        assertEquals(Optional.empty(), findings.quickFix(practice));
        assertFalse(findings.applyFix(practice));
    }

    @Test
    void anUncoveredCategoryGetsTheTemplatesRiskAndUndoBringsTheFindingBack() {
        Finding uncovered = find("CATEGORY_UNCOVERED", "MARKET").orElseThrow();
        assertTrue(findings.applyFix(uncovered));

        Project p = model.project();
        assertEquals(6, p.risks().size());
        Risk added = p.risks().get(5);
        assertEquals("R-006", added.code());
        assertEquals(RiskCategory.MARKET, added.category());
        assertEquals(kb.riskTemplate(RiskCategory.MARKET).title().in(Language.EN), added.title());
        assertEquals(kb.riskTemplate(RiskCategory.MARKET).description().in(Language.EN), added.description());
        assertEquals(List.of(3, 3), List.of(added.likelihood(), added.impact()));
        assertEquals(Treatment.MITIGATE, added.treatment());
        assertEquals(RiskStatus.OPEN, added.status());
        assertEquals(kb.riskTemplate(RiskCategory.MARKET).controls(),
                added.mitigations().stream().map(Mitigation::controlId).toList());
        assertTrue(added.mitigations().stream().allMatch(m -> m.state() == MitigationState.PLANNED
                && m.effectiveness() == kb.control(m.controlId()).defaultEffect()
                && m.title().equals(kb.controlLabel(Language.EN, m.controlId()))));
        assertEquals(Optional.empty(), find("CATEGORY_UNCOVERED", "MARKET"));
        assertEquals(0, findings.countProperty(Severity.HIGH).get());
        assertEquals("risk:" + added.id(), navigator.last(), "the new risk is opened");
        assertEquals("Undo add risk R-006", model.undoLabel().get());

        model.undo();
        assertEquals(5, model.project().risks().size());
        assertTrue(find("CATEGORY_UNCOVERED", "MARKET").isPresent());
        assertEquals(1, findings.countProperty(Severity.HIGH).get());
    }

    @Test
    void theTemplateRiskIsWrittenInTheProjectsLanguageNotTheScreens() {
        i18n.languageProperty().set(Language.ZH_CN);
        findings.applyFix(find("CATEGORY_UNCOVERED", "MARKET").orElseThrow());
        Risk added = model.project().risks().get(5);
        assertEquals(kb.riskTemplate(RiskCategory.MARKET).title().in(Language.EN), added.title());
    }

    @Test
    void aMissingControlIsPlannedOnTheCategorysRisk() {
        Finding missing = find("CONTROL_MISSING", "MODEL_PERFORMANCE:PERF_EVALUATION").orElseThrow();
        Risk performance = riskOf(RiskCategory.MODEL_PERFORMANCE);
        assertTrue(findings.applyFix(missing));

        Risk after = model.project().risk(performance.id());
        assertEquals(performance.mitigations().size() + 1, after.mitigations().size());
        Mitigation added = after.mitigations().get(after.mitigations().size() - 1);
        assertEquals("PERF_EVALUATION", added.controlId());
        assertEquals(MitigationState.PLANNED, added.state());
        assertEquals(kb.control("PERF_EVALUATION").defaultEffect(), added.effectiveness());
        assertEquals(kb.controlLabel(Language.EN, "PERF_EVALUATION"), added.title());
        assertEquals(Optional.empty(), find("CONTROL_MISSING", "MODEL_PERFORMANCE:PERF_EVALUATION"));
        assertEquals("risk:" + performance.id(), navigator.last());
    }

    @Test
    void theControlGoesToTheCategorysWorstOpenRisk() {
        Risk performance = riskOf(RiskCategory.MODEL_PERFORMANCE);
        UUID second = UUID.randomUUID();
        model.apply(Edit.of("edit.rename", p -> p.addRisk(new Risk(second, p.nextRiskCode(), "Drift", "",
                RiskCategory.MODEL_PERFORMANCE, 4, 4, Treatment.MITIGATE, RiskStatus.OPEN, null, null, null,
                List.of()))));
        findings.applyFix(find("CONTROL_MISSING", "MODEL_PERFORMANCE:PERF_EVALUATION").orElseThrow());
        assertEquals("PERF_EVALUATION", model.project().risk(second).mitigations().get(0).controlId());
        assertEquals(performance, model.project().risk(performance.id()));
    }

    @Test
    void anUnownedRiskGetsTheFounderFromThePicker() {
        Risk risk = model.project().risks().get(0);
        TeamEntry founder = entryOf(Role.FOUNDER_CEO);
        picker.answer(new OwnerChoice.Existing(founder.id()));
        assertTrue(findings.applyFix(find("RISK_UNOWNED", risk.id().toString()).orElseThrow()));

        assertEquals(founder.id(), model.project().risk(risk.id()).ownerId());
        assertEquals(Optional.empty(), find("RISK_UNOWNED", risk.id().toString()));
        assertEquals(Optional.empty(), find("OWNER_NOT_IN_PLACE", risk.id().toString()), "a founder is in place");
        assertEquals(14, findings.countProperty(Severity.MEDIUM).get());
        OwnerRequest asked = picker.requests.get(0);
        assertEquals(model.project().team(), asked.entries(), "any team entry may own a risk");
        assertTrue(asked.prompt().contains(risk.code()), asked.prompt());
    }

    @Test
    void aPersonAddedInPlaceJoinsTheTeamAndOwnsTheRisk() {
        Risk risk = riskOf(RiskCategory.MODEL_PERFORMANCE);
        int teamBefore = model.project().team().size();
        picker.answer(new OwnerChoice.NewPerson(Role.ML_ENGINEERING, "", "Dana Wu", TeamStatus.FILLED));
        assertTrue(findings.applyFix(find("RISK_UNOWNED", risk.id().toString()).orElseThrow()));

        Project p = model.project();
        assertEquals(teamBefore + 1, p.team().size());
        TeamEntry dana = p.team().get(teamBefore);
        assertEquals("Dana Wu", dana.person());
        assertEquals(kb.label(Language.EN, Role.ML_ENGINEERING), dana.title(), "a blank title is the role's label");
        assertEquals(kb.role(Role.ML_ENGINEERING).covers(), dana.covers());
        assertEquals(dana.id(), p.risk(risk.id()).ownerId());
        assertEquals(Optional.empty(), find("RISK_UNOWNED", risk.id().toString()));
        assertEquals(Optional.empty(), find("ROLE_MISSING", "ML_ENGINEERING"), "the role is now filled");
        assertEquals(Role.ML_RESEARCH, picker.requests.get(0).suggestedRole(), "the role the finding's fix names");

        model.undo();
        assertEquals(teamBefore, model.project().team().size(), "one edit: undo takes back both");
        assertTrue(find("RISK_UNOWNED", risk.id().toString()).isPresent());
    }

    @Test
    void cancellingThePickerChangesNothing() {
        Risk risk = model.project().risks().get(0);
        Project before = model.project();
        picker.answer(null);
        assertFalse(findings.applyFix(find("RISK_UNOWNED", risk.id().toString()).orElseThrow()));
        assertEquals(before, model.project());
    }

    @Test
    void anOwnerNotInPlaceIsReplacedBySomeoneInPlace() {
        Risk risk = riskOf(RiskCategory.MODEL_PERFORMANCE);
        TeamEntry planned = model.project().team().stream().filter(e -> e.status() == TeamStatus.PLANNED)
                .findFirst().orElseThrow();
        model.apply(Edit.of("edit.rename", p -> p.withRisk(risk.id(), r -> r.withOwner(planned.id()))));
        Finding notInPlace = find("OWNER_NOT_IN_PLACE", risk.id().toString()).orElseThrow();
        TeamEntry founder = entryOf(Role.FOUNDER_CEO);
        picker.answer(new OwnerChoice.Existing(founder.id()));
        assertTrue(findings.applyFix(notInPlace));

        assertEquals(List.of(founder), picker.requests.get(0).entries(), "only people in place clear it");
        assertEquals(Optional.empty(), find("OWNER_NOT_IN_PLACE", risk.id().toString()));
    }

    @Test
    void aCategoryWithoutOwnerIsAddedToWhatSomeoneInPlaceCovers() {
        Risk risk = riskOf(RiskCategory.DATA_PRIVACY_SECURITY);
        model.apply(Edit.of("edit.rename", p -> p.withRisk(risk.id(), r -> r.withScale(4, 4))));
        Finding withoutOwner = find("CATEGORY_WITHOUT_OWNER", "DATA_PRIVACY_SECURITY").orElseThrow();
        assertEquals(Optional.of(QuickFix.ASSIGN_COVER), findings.quickFix(withoutOwner));
        TeamEntry founder = entryOf(Role.FOUNDER_CEO);
        picker.answer(new OwnerChoice.Existing(founder.id()));
        assertTrue(findings.applyFix(withoutOwner));

        assertTrue(entryOf(Role.FOUNDER_CEO).covers().contains(RiskCategory.DATA_PRIVACY_SECURITY));
        assertEquals(Optional.empty(), find("CATEGORY_WITHOUT_OWNER", "DATA_PRIVACY_SECURITY"));
        assertEquals("Undo widen what “" + founder.title() + "” answers for", model.undoLabel().get());

        model.undo();
        picker.answer(new OwnerChoice.NewPerson(Role.CUSTOM, "Privacy lead", "Sam", TeamStatus.ADVISOR));
        assertTrue(findings.applyFix(find("CATEGORY_WITHOUT_OWNER", "DATA_PRIVACY_SECURITY").orElseThrow()));
        TeamEntry sam = model.project().team().get(model.project().team().size() - 1);
        assertEquals(List.of(RiskCategory.DATA_PRIVACY_SECURITY), sam.covers(), "a custom role covers what it fixes");
        assertEquals(Optional.empty(), find("CATEGORY_WITHOUT_OWNER", "DATA_PRIVACY_SECURITY"));
    }

    @Test
    void openingAFindingGoesToItsSubject() {
        Risk risk = model.project().risks().get(0);
        findings.open(find("RISK_UNOWNED", risk.id().toString()).orElseThrow());
        assertEquals("risk:" + risk.id(), navigator.last());
        findings.open(find("CATEGORY_UNCOVERED", "MARKET").orElseThrow());
        assertEquals("RISKS:CATEGORY:MARKET", navigator.last());
        findings.open(find("CONTROL_MISSING", "MODEL_PERFORMANCE:PERF_EVALUATION").orElseThrow());
        assertEquals("RISKS:CONTROL_GROUP:MODEL_PERFORMANCE:PERF_EVALUATION", navigator.last());
        findings.open(find("ROLE_MISSING", "ML_ENGINEERING").orElseThrow());
        assertEquals("TEAM:ROLE:ML_ENGINEERING", navigator.last(), "a role opens on the team page");
        findings.open(all().stream().filter(f -> f.rule().equals("CANVAS_BLOCK_EMPTY")).findFirst().orElseThrow());
        assertTrue(navigator.last().startsWith("CANVAS:BLOCK:"), "a block opens on the canvas: " + navigator.last());
    }

    @Test
    void aFixClickedBeforeTheLastEditIsAssessedDoesNothingWhenTheEditClearedItsFinding() throws Exception {
        // As in the app: the assessment on a thread of its own, its result queued for the UI thread.
        opened.open().close();
        LinkedBlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
        ExecutorService assessor = Executors.newSingleThreadExecutor();
        OpenProject open = opened.workbook().openProject(opened.id(), fxThread::add, assessor);
        try {
            model.setOpen(open, kb);
            Finding uncovered = find("CATEGORY_UNCOVERED", "MARKET").orElseThrow();
            int risks = model.project().risks().size();
            assertTrue(findings.applyFix(uncovered), "the fix adds the template's market risk");
            assertTrue(model.checkingProperty().get(), "its assessment is on its way");

            assertFalse(findings.applyFix(uncovered), "clicked again before the list caught up: nothing to fix");
            assertEquals(risks + 1, model.project().risks().size(), "no second market risk");
            while (model.checkingProperty().get()) {
                fxThread.poll(5, TimeUnit.SECONDS).run();
            }
            assertEquals(Optional.empty(), find("CATEGORY_UNCOVERED", "MARKET"));
        } finally {
            model.setOpen(null, kb);
            open.close();
            assessor.shutdownNow();
        }
    }
}
