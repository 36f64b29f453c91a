package org.aiventure.workbook.ui.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar's operations, against a real workbook file, with scripted answers instead of dialogs. */
class ProjectsViewModelTest {

    @TempDir
    Path dir;

    private Workbook workbook;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private ProjectsViewModel model;

    private final I18n i18n = new I18n(Language.EN);

    @BeforeEach
    void open() {
        workbook = Workbook.open(dir.resolve("workbook.db"), KnowledgeBase.load());
        model = sidebar(Optional.empty());
    }

    /** The sidebar of the workbook, as the app makes it when {@code lastOpened} was open at the last close. */
    private ProjectsViewModel sidebar(Optional<UUID> lastOpened) {
        return new ProjectsViewModel(i18n, dialogs, tasks, new SimpleObjectProperty<>(workbook),
                new ProjectModel(i18n, dialogs), file -> {
                    assertEquals(workbook.file(), file, "asked about the workbook it lists");
                    return lastOpened;
                });
    }

    @AfterEach
    void close() {
        model.closeCurrent();
        workbook.close();
    }

    private List<String> names() {
        return model.projects().stream().map(ProjectSummary::name).toList();
    }

    @Test
    void aNewProjectFromTheGuideIsSelectedAndLoaded() {
        dialogs.answer("MedTriage");
        model.newProjectFromGuide();
        assertEquals(List.of("MedTriage"), names());
        assertEquals("MedTriage", model.selectedProperty().get().name());
        assertEquals(5, model.current().project().risks().size());
        assertEquals(Language.EN, model.current().project().language());
    }

    @Test
    void theProjectOpenAtTheLastCloseOpensAgainWithNoMomentOfNothingToOpen() {
        UUID bravo = workbook.createBlank("Bravo", Language.EN).project().id();
        workbook.createBlank("Alpha", Language.EN);
        SimpleObjectProperty<Workbook> shown = new SimpleObjectProperty<>();
        ProjectsViewModel restoring = new ProjectsViewModel(i18n, dialogs, tasks, shown,
                new ProjectModel(i18n, dialogs), file -> Optional.of(bravo));
        List<Boolean> welcome = new ArrayList<>();
        restoring.nothingToOpen().addListener((obs, old, now) -> welcome.add(now));
        assertFalse(restoring.nothingToOpen().get(), "no workbook yet: nothing is known to be missing");

        shown.set(workbook);
        assertEquals("Bravo", restoring.selectedProperty().get().name());
        assertEquals("Bravo", restoring.current().project().name());
        assertEquals(List.of(), welcome, "the welcome never had its moment before the project opened");

        restoring.selectedProperty().set(restoring.projects().get(0));
        assertEquals("Alpha", restoring.current().project().name());
        assertEquals(List.of(), welcome, "nor while another project opened");
        restoring.closeCurrent();
    }

    @Test
    void aWorkbookWithNothingSelectedIsTheWelcomesMoment() {
        workbook.createBlank("Alpha", Language.EN);
        model.refresh(null);
        assertTrue(model.nothingToOpen().get(), "listed, none selected");
        model.selectedProperty().set(model.projects().get(0));
        assertFalse(model.nothingToOpen().get());

        UUID gone = UUID.randomUUID();
        model.closeCurrent();
        model = sidebar(Optional.of(gone));
        assertNull(model.selectedProperty().get(), "a project since deleted is not selected");
        assertTrue(model.nothingToOpen().get());
    }

    @Test
    void cancellingTheNameDialogCreatesNothing() {
        dialogs.answer(null);
        model.newBlankProject();
        assertEquals(List.of(), names());
        assertEquals(List.of(), workbook.projects());
    }

    @Test
    void renameDuplicateDeleteAndRestore() {
        dialogs.answer("Alpha").answer("Bravo");
        model.newBlankProject();
        model.newBlankProject();
        assertEquals(List.of("Alpha", "Bravo"), names());

        dialogs.answer("Bravo Robotics");
        model.renameSelected();
        assertEquals("Bravo Robotics", model.current().project().name(), "renamed at once");
        assertTrue(model.current().canUndo().get(), "a rename is undoable");
        var open = model.current().openProperty().get();
        tasks.settle();
        assertSame(open, model.current().openProperty().get(), "the list's refresh keeps the project open");
        assertTrue(model.current().canUndo().get(), "and its undo history");
        assertEquals(List.of("Alpha", "Bravo Robotics"), names());

        model.duplicateSelected();
        assertEquals(List.of("Alpha", "Bravo Robotics", "Bravo Robotics (copy)"), names());
        assertNotEquals(workbook.projects().get(1).id(), workbook.projects().get(2).id());

        dialogs.answer(false);
        model.deleteSelected();
        assertEquals(3, names().size(), "a declined confirmation deletes nothing");
        dialogs.answer(true);
        model.deleteSelected();
        assertEquals(List.of("Alpha", "Bravo Robotics"), names());
        assertNull(model.selectedProperty().get());

        dialogs.answer(0);
        model.restoreDeleted();
        assertEquals(List.of("Alpha", "Bravo Robotics", "Bravo Robotics (copy)"), names());
        assertEquals("Bravo Robotics (copy)", model.selectedProperty().get().name());

        model.restoreDeleted();
        assertEquals(List.of("This workbook has no deleted projects."), dialogs.informations);
    }

    @Test
    void theFilterMatchesPartOfTheNameIgnoringCase() {
        dialogs.answer("MedTriage").answer("智造质检大模型").answer("Fraud Radar");
        model.newBlankProject();
        model.newBlankProject();
        model.newBlankProject();
        model.filterProperty().set("  tri ");
        assertEquals(List.of("MedTriage"), model.visibleProjects().stream().map(ProjectSummary::name).toList());
        model.filterProperty().set("质检");
        assertEquals(List.of("智造质检大模型"), model.visibleProjects().stream().map(ProjectSummary::name).toList());
        model.filterProperty().set("");
        assertEquals(3, model.visibleProjects().size());
    }

    @Test
    void anInvalidNameIsExplainedNotLost() {
        dialogs.answer("x".repeat(201));
        model.newBlankProject();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("200"), dialogs.errors.get(0));
        assertFalse(model.busyProperty().get(), "the buttons are enabled again");
        assertEquals(List.of(), names());
    }
}
