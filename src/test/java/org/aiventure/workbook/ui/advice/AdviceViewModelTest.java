package org.aiventure.workbook.ui.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.aiventure.workbook.advice.Advisor;
import org.aiventure.workbook.advice.Confirmation;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.Workbook;
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
    private Workbook workbook;
    private OpenProject open;
    private ProjectModel model;
    private KnowledgeBase kb;

    @BeforeEach
    void openTheGuideTemplate() {
        workbook = Workbook.open(dir.resolve("w.db"), KnowledgeBase.load());
        kb = workbook.knowledge();
        var stored = workbook.createFromGuide("MedTriage", Language.EN);
        open = workbook.openProject(stored.project().id(), tasks.uiThread());
        model = new ProjectModel(i18n, dialogs);
        model.setOpen(open, kb);
    }

    @AfterEach
    void close() {
        tasks.settle();
        open.close();
        workbook.close();
    }

    private AdviceViewModel advice(TaskExecutor executor) {
        return new AdviceViewModel(model, i18n, dialogs, navigator, executor, Duration.ZERO, UUID::randomUUID);
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
    void aClaimOfWorkDoneShowsItsPlaceAndNeedsEvidence() {
        AdviceViewModel advice = advice(tasks);
        Action claim = ranked().stream().filter(a -> a.kind().confirmation() == Confirmation.EVIDENCE)
                .findFirst().orElseThrow();
        Project before = model.project();

        dialogs.answer(null);
        assertFalse(advice.perform(claim), "cancelled: nothing changes");
        assertSame(before, model.project());
        assertFalse(visits.isEmpty(), "the editor of the subject is shown first");

        dialogs.answer("\u00a0\u3000");
        assertFalse(advice.perform(claim), "blank evidence is refused");
        assertEquals(1, dialogs.errors.size(), "and the founder is told why");
        assertSame(before, model.project());

        dialogs.answer("Signed offer letter, 2026-11-02");
        assertTrue(advice.perform(claim));
        assertEquals(claim.after(), model.assessmentProperty().get().overall());
        assertNotEquals(before, model.project());
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
        public void shutdown() {
        }
    }
}
