package org.aiventure.workbook.ui.risks;

import javafx.application.Platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.aiventure.workbook.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The register on screen, headless, with the MedTriage example: keyboard editing and the heat map's filter. */
@ExtendWith(ApplicationExtension.class)
class RiskRegisterViewTest {


    private OpenedProject opened;
    private ProjectModel projects;
    private I18n i18n;
    private RiskRegisterView view;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("aivw-risks");
        i18n = new I18n(Language.EN);
        projects = new ProjectModel(i18n, new ScriptedDialogs());
        opened = OpenedProject.fromExample(dir, Examples.MEDTRIAGE, projects, Platform::runLater,
                Runnable::run);
        Fonts.loadBundled();
        new Theme().applyCurrent();
        view = new RiskRegisterView(projects, i18n);
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(opened::close).get();
    }

    @Test
    void aTitleEditedWithTheKeyboardChangesTheProject(FxRobot robot) throws Exception {
        TableView<RiskRow> table = robot.lookup("#risk-table").queryTableView();
        robot.interact(() -> view.select(projects.project().risks().get(2).id()));
        robot.clickOn(robot.lookup(".table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        assertEquals("R-003", table.getSelectionModel().getSelectedItem().code());
        robot.type(KeyCode.F2);
        assertTrue(table.getEditingCell() != null, "F2 edits the title");
        robot.write("GPU bills double").type(KeyCode.ENTER);
        waitUntil(() -> projects.project().risks().get(2).title().equals("GPU bills double"));
        assertEquals("GPU bills double", table.getItems().get(2).title());
        assertEquals("R-003 · GPU bills double", robot.lookup("#risk-detail-heading")
                .queryAs(javafx.scene.control.Label.class).getText(), "the detail pane follows");
        robot.interact(projects::undo);
        assertEquals("Fine-tuning runs exceed the GPU budget", projects.project().risks().get(2).title());
    }

    @Test
    void aHeatMapCellFiltersTheTable(FxRobot robot) throws Exception {
        TableView<RiskRow> table = robot.lookup("#risk-table").queryTableView();
        assertEquals(7, table.getItems().size());
        robot.clickOn("#heat-cell-3-5");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("R-001", table.getItems().get(0).code());
        assertTrue(robot.lookup("#risk-cell-filter").query().isVisible(), "the filter shows in the toolbar");
        robot.clickOn("#heat-cell-3-5");
        waitUntil(() -> table.getItems().size() == 7);
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        robot.interact(() -> view.select(projects.project().risks().get(0).id()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "risks");
        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        robot.interact(() -> view.select(projects.project().risks().get(3).id()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "risks-zh");
        robot.interact(() -> i18n.languageProperty().set(Language.EN));
        Theme theme = new Theme();
        robot.interact(() -> theme.modeProperty().set(Theme.Mode.DARK));
        robot.interact(() -> view.viewModel().mapModeProperty().set(HeatMapMode.RESIDUAL));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "risks-dark");
        robot.interact(() -> theme.modeProperty().set(Theme.Mode.LIGHT));
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
