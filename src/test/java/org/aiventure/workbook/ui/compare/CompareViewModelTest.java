package org.aiventure.workbook.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing the open project with an .aivw file, encrypted ones asking for their password. */
class CompareViewModelTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final I18n i18n = new I18n(Language.EN);
    private final ProjectModel model = new ProjectModel(i18n, dialogs);
    private OpenedProject opened;
    private Workbook workbook;
    private UUID id;
    private CompareViewModel vm;

    @BeforeEach
    void openMedTriage() throws Exception {
        opened = OpenedProject.fromExample(dir, Examples.MEDTRIAGE, model, tasks.uiThread(), tasks.assessor());
        workbook = opened.workbook();
        id = opened.id();
        vm = new CompareViewModel(model, i18n, dialogs, tasks, new SimpleObjectProperty<>(workbook),
                FXCollections.observableArrayList(workbook.projects()), Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        opened.close();
    }

    @Test
    void anEncryptedCoFoundersCopyAsksItsPasswordAndShowsTheirRemovedRisk() throws Exception {
        Path copy = dir.resolve("lin.aivw");
        workbook.transfers().export(id, copy, "correct horse".toCharArray());
        Risk last = model.project().risks().get(model.project().risks().size() - 1);
        model.apply(org.aiventure.workbook.domain.Edit.of("edit.risk.add", p -> p.addRisk(new Risk(UUID.randomUUID(),
                p.nextRiskCode(), "A risk only I have", "", last.category(), 2, 2, last.treatment(), last.status(),
                null, null, null, List.of()))));

        dialogs.answer("correct horse");
        vm.compareWithFile(copy);
        assertEquals("lin.aivw", vm.otherNameProperty().get());
        assertEquals(List.of("R-008"), vm.comparisonProperty().get().risks().removed().stream()
                .map(Risk::code).toList(), "the file lacks the risk added since");
        assertTrue(vm.comparisonProperty().get().risks().added().isEmpty());
        assertTrue(vm.otherProjects().isEmpty(), "the open project is not offered against itself");
    }

    @Test
    void aWrongPasswordIsExplainedAndComparesNothing() throws Exception {
        Path copy = dir.resolve("lin.aivw");
        workbook.transfers().export(id, copy, "correct horse".toCharArray());
        dialogs.answer("wrong");
        vm.compareWithFile(copy);
        assertNull(vm.comparisonProperty().get());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).toLowerCase().contains("password"), dialogs.errors.get(0));
    }
}
