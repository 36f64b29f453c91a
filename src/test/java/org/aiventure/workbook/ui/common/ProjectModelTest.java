package org.aiventure.workbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's model follows the open project only while the page is shown, and catches up when shown again. */
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
}
