package org.aiventure.workbook.ui.dashboard;

import javafx.application.Platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.advice.AdviceViewModel;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.aiventure.workbook.ui.common.Theme;
import org.aiventure.workbook.ui.risks.HeatMapMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard on screen, headless, with the MedTriage example (which holds one snapshot). */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Page> visits = new ArrayList<>();
    private OpenedProject opened;
    private ProjectModel projects;
    private I18n i18n;
    private DashboardView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("aivw-dashboard");
        i18n = new I18n(Language.EN);
        projects = new ProjectModel(i18n, dialogs);
        opened = OpenedProject.fromExample(dir, Examples.MEDTRIAGE, projects, Platform::runLater,
                Runnable::run);
        Fonts.loadBundled();
        new Theme().applyCurrent();
        Navigator navigator = new Navigator() {
            @Override
            public void show(Page page) {
                visits.add(page);
            }

            @Override
            public void show(Page page, String subject) {
                throw new AssertionError("the dashboard opens pages, not subjects");
            }
        };
        var model = new DashboardViewModel(projects, i18n, dialogs, navigator, Clock.fixed(NOW, ZoneOffset.UTC),
                UUID::randomUUID);
        var advice = new AdviceViewModel(projects, i18n, dialogs, form -> java.util.Optional.empty(), navigator,
                new CurrentThreadTaskExecutor(),
                javafx.util.Duration.ZERO, UUID::randomUUID);
        view = new DashboardView(model, projects, i18n, advice);
        stage.setScene(new Scene(view, 760, 680));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(opened::close).get();
    }

    private int points() {
        return view.trend().readinessSeries().getData().size();
    }

    @Test
    void recordingTwoSnapshotsAddsTwoPoints(FxRobot robot) {
        assertEquals(1, points(), "MedTriage comes with one snapshot");
        assertTrue(robot.lookup("#dashboard-trend-note").query().isVisible(), "one point is not yet a trend");
        dialogs.answer("After the pilot").answer("");
        robot.clickOn("#dashboard-record-snapshot");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dashboard-record-snapshot");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, points());
        assertEquals(3, projects.project().snapshots().size());
        assertTrue(!robot.lookup("#dashboard-trend-note").query().isVisible());
        robot.interact(projects::undo);
        assertEquals(2, points());
    }

    @Test
    void withoutSnapshotsItSaysWhatASnapshotIs(FxRobot robot) {
        robot.interact(() -> projects.apply(Edit.of("edit.snapshot", p -> p.withSnapshots(List.of()))));
        assertEquals(0, points());
        Label note = robot.lookup("#dashboard-trend-note").queryAs(Label.class);
        assertEquals(i18n.get("dashboard.trend.empty"), note.getText());
        assertTrue(note.isVisible());
        assertTrue(!robot.lookup("#dashboard-trend-chart").query().isVisible(), "no empty axes");
        robot.interact(() -> view.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "dashboard-no-snapshots");
    }

    @Test
    void theGaugeAndTheAreasShowTheEnginesScores(FxRobot robot) {
        assertEquals("Readiness 60.4, grade C", robot.lookup("#dashboard-gauge").query().getAccessibleText());
        assertEquals("62.5", robot.lookup("#dashboard-area-risks-score").queryAs(Label.class).getText());
        assertEquals("38.9", robot.lookup("#dashboard-area-team-score").queryAs(Label.class).getText());
        assertEquals("Critical 0", robot.lookup("#dashboard-severity-critical").queryAs(Label.class).getText());
        robot.clickOn("#dashboard-area-team-open");
        assertEquals(List.of(Page.TEAM), visits);
        robot.clickOn("#heat-cell-3-5");
        assertEquals(List.of(Page.TEAM, Page.RISKS), visits);
    }

    @Test
    void screenshots(FxRobot robot) {
        dialogs.answer("After the pilot");
        robot.clickOn("#dashboard-record-snapshot");
        robot.interact(() -> robot.lookup("#dashboard-area-risks").queryAs(TitledPane.class).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "dashboard");
        robot.interact(() -> view.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "dashboard-trend");
        robot.interact(() -> view.setVvalue(0));
        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "dashboard-zh");
        robot.interact(() -> view.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "dashboard-trend-zh");
        robot.interact(() -> {
            i18n.languageProperty().set(Language.EN);
            // a view belongs to one scene: the narrow one lets go of it before the wide one takes it
            stage.hide();
            stage.getScene().setRoot(new Pane());
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
        });
        Theme theme = new Theme();
        robot.interact(() -> theme.modeProperty().set(Theme.Mode.DARK));
        robot.interact(() -> view.viewModel().mapModeProperty().set(
                HeatMapMode.RESIDUAL));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "dashboard-wide-dark");
        robot.interact(() -> theme.modeProperty().set(Theme.Mode.LIGHT));
    }
}
