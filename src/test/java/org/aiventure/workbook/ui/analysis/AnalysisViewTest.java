package org.aiventure.workbook.ui.analysis;

import javafx.application.Platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
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

/**
 * The analysis page on screen, headless, with the MedTriage example at the size it gets in the main window
 * (about 760×680 between the sidebar and the findings).
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisViewTest {

    private static final UUID REGULATION = UUID.fromString("00000000-0000-4000-8000-000000000405");
    private static final UUID HEALTH_DATA = UUID.fromString("00000000-0000-4000-8000-000000000403");

    private final List<String> visits = new ArrayList<>();
    private OpenedProject opened;
    private ProjectModel projects;
    private I18n i18n;
    private AnalysisView view;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("aivw-analysis");
        i18n = new I18n(Language.EN);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        projects = new ProjectModel(i18n, dialogs);
        opened = OpenedProject.fromExample(dir, Examples.MEDTRIAGE, projects, Platform::runLater,
                Runnable::run);
        Fonts.loadBundled();
        new Theme().applyCurrent();
        Navigator navigator = new Navigator() {
            @Override
            public void show(Page page) {
                visits.add(page.name());
            }

            @Override
            public void show(Page page, String subject) {
                visits.add(subject.startsWith("RISK:") ? "risk:" + subject.substring(5) : page.name() + ":" + subject);
            }
        };
        view = new AnalysisView(projects, i18n, dialogs, navigator);
        scene = new Scene(view, 760, 680);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(opened::close).get();
    }

    private boolean notInRegister(UUID item) {
        return projects.assessmentProperty().get().findings().stream().anyMatch(f ->
                f.rule().equals("CHALLENGE_NOT_IN_REGISTER") && f.subject().id().equals(item.toString()));
    }

    @Test
    void addingAHighImpactChallengeToTheRegisterRemovesItsFinding(FxRobot robot) throws Exception {
        assertTrue(notInRegister(REGULATION));
        assertTrue(robot.lookup("#analysis-warning-" + REGULATION).tryQuery().isPresent(), "the card warns");
        robot.clickOn("#matrix-point-" + REGULATION);
        waitUntil(() -> view.viewModel().selectedProperty().get() != null);
        robot.clickOn("#analysis-promote");
        waitUntil(() -> !notInRegister(REGULATION));
        assertEquals(8, projects.project().risks().size());
        assertFalse(robot.lookup("#analysis-warning-" + REGULATION).tryQuery().isPresent(), "the warning goes");
        assertTrue(robot.lookup("#analysis-chip-" + REGULATION + "-R-008").tryQuery().isPresent(),
                "the new risk shows as a chip");
        robot.clickOn("#analysis-chip-" + REGULATION + "-R-008");
        assertEquals("risk:" + projects.project().risks().get(7).id(), visits.get(visits.size() - 1));
        robot.interact(projects::undo);
        waitUntil(() -> notInRegister(REGULATION));
        assertTrue(robot.lookup("#analysis-warning-" + REGULATION).tryQuery().isPresent());
    }

    @Test
    void theCardsPromoteButtonAndTheMatrixSelect(FxRobot robot) throws Exception {
        robot.interact(() -> view.select(REGULATION));
        robot.clickOn("#analysis-card-promote-" + REGULATION);
        waitUntil(() -> !notInRegister(REGULATION));
        robot.clickOn("#matrix-point-" + HEALTH_DATA);
        waitUntil(() -> HEALTH_DATA.equals(view.viewModel().selectedProperty().get().id()));
        assertEquals("Challenge C1", robot.lookup("#analysis-editor-heading").queryAs(Label.class).getText());
    }

    @Test
    void aTitleTypedInTheEditorIsCommittedOnEnter(FxRobot robot) throws Exception {
        robot.interact(() -> view.select(HEALTH_DATA));
        robot.doubleClickOn("#analysis-title");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Health data").type(KeyCode.ENTER);
        waitUntil(() -> projects.project().analysis().get(2).title().equals("Health data"));
        assertTrue(robot.lookup("#analysis-card-" + HEALTH_DATA).queryAs(ItemCard.class).getChildren().stream()
                .anyMatch(n -> n.lookup(".analysis-card-title") instanceof Label l
                        && l.getText().equals("Health data")), "the card follows");
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        robot.interact(() -> view.select(REGULATION));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "analysis");
        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "analysis-zh");
        robot.interact(() -> i18n.languageProperty().set(Language.EN));
        Theme theme = new Theme();
        robot.interact(() -> theme.modeProperty().set(Theme.Mode.DARK));
        robot.interact(() -> view.viewModel().addAllFromGuide());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "analysis-dark");
        robot.interact(() -> theme.modeProperty().set(Theme.Mode.LIGHT));
        Scene wide = WaitForAsyncUtils.asyncFx(() -> {
            // the headless screen is 1280×800: a window grown past its edge cannot be painted
            stage.setX(0);
            stage.setY(0);
            scene.setRoot(new javafx.scene.layout.Pane());
            Scene full = new Scene(view, 1280, 800);
            stage.setScene(full);
            return full;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(wide, "analysis-wide");
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
