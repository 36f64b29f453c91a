package org.aiventure.workbook.ui.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.util.Duration;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.ActionKind;
import org.aiventure.workbook.advice.Advisor;
import org.aiventure.workbook.advice.ClaimAnswer;
import org.aiventure.workbook.advice.Confirmation;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.BackgroundTask;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.aiventure.workbook.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The advice list of the open project: the engine's top ten, one-click plans, confirmed claims, stale runs. */
class AdviceViewModelTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScriptedClaimEditor claims = new ScriptedClaimEditor();
    private final List<String> visits = new ArrayList<>();
    private final Navigator navigator = new Navigator() {
        @Override
        public void show(Page page) {
            visits.add(page.name());
        }

        @Override
        public void show(Page page, String subject) {
            visits.add(page.name() + " " + subject);
        }
    };
    private final I18n i18n = new I18n(Language.EN);
    private final ProjectModel model = new ProjectModel(i18n, dialogs);
    private OpenedProject opened;
    private KnowledgeBase kb;

    @BeforeEach
    void openTheGuideTemplate() {
        opened = OpenedProject.fromGuide(dir, model, tasks.uiThread(), tasks.assessor());
        kb = opened.knowledge();
    }

    @AfterEach
    void close() {
        tasks.settle();
        opened.close();
    }

    private AdviceViewModel advice(TaskExecutor executor) {
        return new AdviceViewModel(model, i18n, dialogs, claims, navigator, executor, Duration.ZERO,
                UUID::randomUUID);
    }

    private List<Action> ranked() {
        return Advisor.rank(model.project(), kb, model.assessmentProperty().get());
    }

    @Test
    void showsTheEnginesTopTenAndFollowsEveryEdit() {
        AdviceViewModel advice = advice(tasks);
        List<Action> ranked = ranked();
        assertTrue(ranked.size() > AdviceViewModel.TOP, "the template project has more than ten actions");
        assertEquals(ranked.subList(0, AdviceViewModel.TOP).stream().map(a -> advice.describe(a)).toList(),
                advice.actionsProperty().get().stream().map(advice::describe).toList());

        Action plan = advice.actionsProperty().get().stream()
                .filter(a -> a.kind().confirmation() == Confirmation.NONE).findFirst().orElseThrow();
        assertTrue(advice.perform(plan), "a plan applies in one click");
        assertEquals(plan.after(), model.assessmentProperty().get().overall(), "the gain the list promised");
        assertTrue(advice.actionsProperty().get().stream().noneMatch(a -> a.kind() == plan.kind()
                && a.subject().equals(plan.subject()) && a.detail().equals(plan.detail())), "done, so gone");
        assertFalse(advice.rankingProperty().get());

        model.undo();
        assertEquals(plan.before(), model.assessmentProperty().get().overall(), "an ordinary undoable edit");
        assertEquals(advice.describe(plan), advice.describe(advice.actionsProperty().get().get(
                ranked.subList(0, AdviceViewModel.TOP).indexOf(ranked.stream().filter(a -> a.kind() == plan.kind()
                        && a.subject().equals(plan.subject())).findFirst().orElseThrow()))));
    }

    @Test
    void aClaimOfWorkDoneOpensItsEditorPreFilledAndNeedsEvidence() {
        AdviceViewModel advice = advice(tasks);
        Action claim = first(ActionKind.IMPLEMENT_MITIGATION);
        Project before = model.project();

        claims.answer(null);
        assertFalse(advice.perform(claim), "cancelled: nothing changes");
        assertSame(before, model.project());
        assertFalse(visits.isEmpty(), "the editor of the subject is shown first");
        ClaimForm form = claims.forms.get(0);
        assertEquals(advice.describe(claim), form.heading());
        assertEquals("Readiness " + claim.before() + " → " + claim.after() + " once this is recorded.",
                form.readiness(), "the founder sees what the claim is worth");
        assertEquals(List.of("Evidence"), form.missing(form.initialAnswer()), "nothing is claimed untouched");

        claims.answer(ClaimAnswer.of("\u00a0\u3000\n"));
        assertFalse(advice.perform(claim), "blank evidence is refused");
        assertEquals(List.of("Nothing was recorded, so the score stays honest. Still needed: Evidence"), dialogs.errors,
                "and the founder is told what is missing");
        assertSame(before, model.project());
    }

    @Test
    void implementingAMitigationKeepsItsEvidenceInTheRisk() {
        AdviceViewModel advice = advice(tasks);
        Action claim = first(ActionKind.IMPLEMENT_MITIGATION);
        Risk risk = model.project().risk(UUID.fromString(claim.subject().id()));
        Mitigation planned = mitigation(risk, claim.detail());

        claims.answer(ClaimAnswer.of("Pen test report PT-17\nSigned off by Kai Chen, 2026-11-20"));
        confirmsWithExactlyItsGain(advice, claim);
        ClaimForm form = claims.forms.get(0);
        assertEquals(List.of(
                        new ClaimForm.Fact("Risk", risk.code() + " · " + risk.title()),
                        new ClaimForm.Fact("Mitigation", planned.title()),
                        new ClaimForm.Fact("State", kb.label(Language.EN, planned.state()) + " → "
                                + kb.label(Language.EN, MitigationState.IMPLEMENTED))),
                form.facts().subList(0, 3));
        assertTrue(form.facts().get(3).value().startsWith(planned.effectiveness() + " %"), "shown, not edited");
        Risk after = model.project().risk(risk.id());
        assertEquals(MitigationState.IMPLEMENTED, mitigation(after, claim.detail()).state());
        assertEquals(planned.effectiveness(), mitigation(after, claim.detail()).effectiveness());
        assertTrue(after.description().endsWith("Pen test report PT-17\nSigned off by Kai Chen, 2026-11-20"),
                after.description());
    }

    @Test
    void fillingARoleNamesThePersonOnTheTeamEntry() {
        AdviceViewModel advice = advice(tasks);
        Action claim = first(ActionKind.FILL_ROLE);

        claims.answer(new ClaimAnswer("Offer signed 2026-11-02", " "));
        assertFalse(advice.perform(claim), "a filled role names someone");
        assertEquals(List.of("Nothing was recorded, so the score stays honest. Still needed: Who fills it"),
                dialogs.errors);
        ClaimForm form = claims.forms.get(0);
        assertEquals(List.of("Who fills it", "Evidence"), form.missing(ClaimAnswer.NONE));
        assertEquals("Role", form.facts().get(0).label());
        assertTrue(form.facts().get(1).value().endsWith("→ Filled"), form.facts().get(1).value());

        claims.answer(new ClaimAnswer("Offer signed 2026-11-02\nStarts 2027-01-04", "Wen Li"));
        confirmsWithExactlyItsGain(advice, claim);
        TeamEntry entry = model.project().team().stream()
                .filter(e -> e.role().name().equals(claim.subject().id()) && e.status() == TeamStatus.FILLED)
                .findFirst().orElseThrow();
        assertEquals("Wen Li", entry.person());
        assertTrue(entry.notes().endsWith("Offer signed 2026-11-02\nStarts 2027-01-04"), entry.notes());
    }

    @Test
    void aRolesPersonIsPreFilledFromItsEntry() {
        Project project = model.project();
        TeamEntry planned = project.team().stream().filter(e -> !kb.isInPlace(e.status())).findFirst()
                .orElseThrow();
        model.apply(Edit.of("edit.test", p -> p.withTeam(p.team().stream().map(e -> e.id().equals(planned.id())
                ? new TeamEntry(e.id(), e.role(), e.title(), e.status(), "Ana Li", e.notes(), e.covers()) : e)
                .toList())));
        AdviceViewModel advice = advice(tasks);
        Action claim = ranked().stream().filter(a -> a.detail().equals(planned.id().toString())).findFirst()
                .orElseThrow();
        claims.answer(null);
        advice.perform(claim);
        ClaimForm form = claims.forms.get(0);
        assertEquals(new ClaimAnswer("", "Ana Li"), form.initialAnswer());
        assertEquals(kb.label(Language.EN, planned.status()) + " → Filled", form.facts().get(1).value());
    }

    @Test
    void markingAPracticeDoneKeepsItsEvidence() {
        AdviceViewModel advice = advice(tasks);
        Action claim = first(ActionKind.MARK_PRACTICE_DONE);
        claims.answer(ClaimAnswer.of("Weekly risk review since 2026-10; minutes in the shared drive"));
        confirmsWithExactlyItsGain(advice, claim);
        Practice practice = model.project().practices().stream()
                .filter(p -> p.key().name().equals(claim.subject().id())).findFirst().orElseThrow();
        assertTrue(practice.done());
        assertEquals("Weekly risk review since 2026-10; minutes in the shared drive", practice.evidence());
        assertEquals(List.of("Not done → Done"), claims.forms.get(0).facts().stream().skip(1)
                .map(ClaimForm.Fact::value).toList());
    }

    @Test
    void aFirstNoteLandsInItsBlock() {
        AdviceViewModel advice = advice(tasks);
        Action claim = first(ActionKind.FILL_BLOCK);
        claims.answer(ClaimAnswer.of("Hospital triage nurses"));
        confirmsWithExactlyItsGain(advice, claim);
        assertTrue(model.project().canvas().stream().anyMatch(n -> n.block().name().equals(claim.subject().id())
                && n.text().equals("Hospital triage nurses")));
        assertEquals(kb.guidingQuestions(Language.EN, CanvasBlock.valueOf(claim.subject().id())).get(0),
                claims.forms.get(0).fields().get(0).help(), "the block's question says what to write");
    }

    /** Applies the scripted answer: one undoable edit that moves the readiness by exactly the listed gain. */
    private void confirmsWithExactlyItsGain(AdviceViewModel advice, Action claim) {
        Project before = model.project();
        assertTrue(advice.perform(claim));
        assertEquals(claim.after(), model.assessmentProperty().get().overall(), "exactly the listed gain");
        model.undo();
        assertSame(before, model.project(), "one undo takes the whole claim back");
        model.redo();
        assertEquals(claim.after(), model.assessmentProperty().get().overall());
    }

    private Action first(ActionKind kind) {
        return ranked().stream().filter(a -> a.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("the template project has no " + kind));
    }

    private static Mitigation mitigation(Risk risk, String id) {
        return risk.mitigations().stream().filter(m -> m.id().toString().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRunThatFinishesAfterANewerOneIsDropped() {
        QueuedExecutor queued = new QueuedExecutor();
        AdviceViewModel advice = advice(queued);
        assertTrue(advice.rankingProperty().get(), "ranking until the run reports");
        Action plan = ranked().stream().filter(a -> a.kind().confirmation() == Confirmation.NONE)
                .findFirst().orElseThrow();
        model.apply(plan.edit(null, UUID::randomUUID));
        List<Action> current = ranked();

        queued.runLast();
        queued.runFirst();
        assertEquals(current.subList(0, AdviceViewModel.TOP).stream().map(advice::describe).toList(),
                advice.actionsProperty().get().stream().map(advice::describe).toList(),
                "the stale run, finishing last, does not overwrite the current list");
        assertFalse(advice.rankingProperty().get());
    }

    @Test
    void aStepPickedBeforeTheListCaughtUpIsCheckedAgainstTheProjectNow() {
        QueuedExecutor queued = new QueuedExecutor();
        AdviceViewModel advice = advice(queued);
        queued.runFirst();
        Action plan = advice.actionsProperty().get().stream()
                .filter(a -> a.kind().confirmation() == Confirmation.NONE).findFirst().orElseThrow();
        model.apply(plan.edit(null, UUID::randomUUID)); // the same step, taken another way a moment ago
        assertTrue(advice.rankingProperty().get(), "the list has not caught up yet");
        int risks = model.project().risks().size();

        assertFalse(advice.perform(plan), "a step already taken is not taken twice");
        assertEquals(risks, model.project().risks().size());
        assertEquals(1, dialogs.informations.size());
        assertTrue(dialogs.informations.get(0).contains(advice.describe(plan)), dialogs.informations.get(0));

        Action other = ranked().stream().filter(a -> a.kind().confirmation() == Confirmation.NONE)
                .findFirst().orElseThrow();
        assertTrue(advice.perform(other), "a step that still helps is taken, ranked afresh");
        assertEquals(other.after(), model.assessmentProperty().get().overall());
    }

    /** Holds tasks until the test runs them, in the order it chooses. */
    private static final class QueuedExecutor implements TaskExecutor {
        private final List<BackgroundTask<?>> queue = new ArrayList<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            queue.add(task);
        }

        void runFirst() {
            run(queue.remove(0));
        }

        void runLast() {
            run(queue.remove(queue.size() - 1));
        }

        private static <T> void run(BackgroundTask<T> task) {
            new CurrentThreadTaskExecutor().execute(task);
        }

        @Override
        public <T> T askOnUiThread(Callable<T> question) throws Exception {
            return question.call();
        }

        @Override
        public Executor uiThread() {
            return Runnable::run;
        }

        @Override
        public Executor assessor() {
            return Runnable::run;
        }

        @Override
        public void shutdown() {
        }
    }
}
