package org.aiventure.workbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import org.aiventure.workbook.advice.ActionEdits;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's model follows the open project only while the page is shown, and catches up when shown again; an edit
 * shows at once and its assessment follows from the background.
 */
class ProjectModelTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final I18n i18n = new I18n(Language.EN);
    private final ProjectModel window = new ProjectModel(i18n, new ScriptedDialogs());
    private Workbook workbook;
    private OpenProject open;

    private void openProject() {
        workbook = Workbook.open(dir.resolve("w.db"), KnowledgeBase.load());
        StoredProject stored = workbook.createFromGuide("MedTriage", Language.EN);
        open = workbook.openProject(stored.project().id(), tasks.uiThread(), tasks.assessor());
        window.setOpen(open, workbook.knowledge());
    }

    @AfterEach
    void close() {
        if (open != null) {
            open.close();
        }
        if (workbook != null) {
            workbook.close();
        }
    }

    @Test
    void aHiddenPageKeepsWhatItShowedAndCatchesUpWhenShown() {
        openProject();
        SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
        ProjectModel page = window.whileShown(shown);
        Project before = page.project();
        int[] redraws = {0};
        page.projectProperty().addListener(obs -> redraws[0]++);

        shown.set(false);
        window.apply(Edit.of("edit.rename", p -> p.withName("Renamed while hidden")));
        window.apply(Edit.of("edit.profile.summary", p -> p.withSummary("Edited while hidden")));

        assertSame(before, page.project(), "a hidden page is not redrawn");
        assertEquals(0, redraws[0]);

        shown.set(true);

        assertEquals("Renamed while hidden", page.project().name());
        assertEquals("Edited while hidden", page.project().summary());
        assertSame(window.assessmentProperty().get(), page.assessmentProperty().get());
        assertEquals(1, redraws[0], "one redraw when shown, not one per edit missed");
    }

    @Test
    void aShownPageFollowsEveryEditAndItsEditsAndUndoReachTheProject() {
        openProject();
        ProjectModel page = window.whileShown(new SimpleBooleanProperty(true));

        assertTrue(page.apply(Edit.of("edit.rename", p -> p.withName("From the page"))));
        assertEquals("From the page", window.project().name());
        assertSame(window.project(), page.project());

        page.undo();
        assertEquals("MedTriage", page.project().name());
        assertSame(window.knowledge(), page.knowledge());
    }

    @Test
    void anEditShowsAtOnceAndItsFindingsFollowWhenTheBackgroundAssessmentArrives() throws Exception {
        workbook = Workbook.open(dir.resolve("w.db"), KnowledgeBase.load());
        StoredProject stored = workbook.createFromGuide("MedTriage", Language.EN);
        LinkedBlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
        ExecutorService assessor = Executors.newSingleThreadExecutor();
        try {
            open = workbook.openProject(stored.project().id(), fxThread::add, assessor);
            window.setOpen(open, workbook.knowledge());
            Assessment before = window.assessmentProperty().get();
            assertFalse(window.checkingProperty().get());
            assertTrue(hasFinding(before, "CATEGORY_UNCOVERED", "MARKET"));

            window.apply(new ActionEdits(workbook.knowledge(), UUID::randomUUID)
                    .addRisk(window.project(), RiskCategory.MARKET, UUID.randomUUID()));

            assertEquals(6, window.project().risks().size(), "the edit shows at once");
            assertTrue(window.checkingProperty().get(), "while its assessment is on its way");
            assertSame(before, window.assessmentProperty().get(), "the findings shown are still the last ones");
            assertFalse(hasFinding(window.currentAssessment(), "CATEGORY_UNCOVERED", "MARKET"),
                    "an action taken now sees the project as it is");

            while (window.checkingProperty().get()) {
                fxThread.poll(5, TimeUnit.SECONDS).run();
            }
            assertFalse(hasFinding(window.assessmentProperty().get(), "CATEGORY_UNCOVERED", "MARKET"),
                    "the findings follow");
        } finally {
            assessor.shutdownNow();
        }
    }

    private static boolean hasFinding(Assessment a, String rule, String subject) {
        return a.findings().stream().anyMatch(f -> f.rule().equals(rule) && f.subject().id().equals(subject));
    }
}
