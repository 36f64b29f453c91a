package org.aiventure.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.session.Settings;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.common.Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A founder's first session, in the whole window against a real workbook file: start from the guide, fix an
 * uncovered category from the findings panel, undo it, edit the register, and find the edit after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbookFlowTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private Path database;
    private Stage stage;
    private App.Composition app;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        database = Files.createTempDirectory("aivw-flow").resolve("workbook.db");
        Fonts.loadBundled();
        Settings settings = Settings.load(database.resolveSibling("settings.properties"));
        settings.put("language", "en");
        app = App.compose(stage, file -> CompletableFuture.supplyAsync(() -> Workbook.open(file, KNOWLEDGE)),
                settings, file -> { });
        stage.setScene(app.scene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        app.shell().open(database);
    }

    private Project project() {
        return app.projects().current().project();
    }

    private boolean finding(String rule, String subject) {
        return app.projects().current().assessmentProperty().get().findings().stream()
                .map(Finding::subject).anyMatch(s -> s.id().equals(subject))
                && app.projects().current().assessmentProperty().get().findings().stream()
                .anyMatch(f -> f.rule().equals(rule) && f.subject().id().equals(subject));
    }

    @Test
    void fromTheGuideToAFixedFindingAndAnEditThatSurvivesARestart(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#welcome-from-guide").tryQuery().isPresent()
                && !robot.lookup("#welcome-from-guide").query().isDisabled());
        robot.clickOn("#welcome-from-guide");
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(name::clear);
        robot.clickOn(name).write("MedTriage").type(KeyCode.ENTER);
        waitUntil(() -> project() != null);
        assertEquals(27, app.projects().current().assessmentProperty().get().findings().size(),
                "the guide template's findings (guide-template.expected.md)");
        assertTrue(finding("CATEGORY_UNCOVERED", "MARKET"));
        Screenshots.save(app.scene(), "window-dashboard");

        robot.clickOn(".finding-fix");
        waitUntil(() -> !finding("CATEGORY_UNCOVERED", "MARKET"));
        assertEquals(6, project().risks().size(), "the fix added the template's market risk");
        assertTrue(robot.lookup("#risk-table").tryQuery().isPresent(), "and opened it in the register");
        Screenshots.save(app.scene(), "window-risks");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> finding("CATEGORY_UNCOVERED", "MARKET"));
        assertEquals(5, project().risks().size(), "undo takes the risk back");

        String firstTitle = project().risks().get(0).title();
        robot.clickOn(robot.lookup("#risk-table .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> c) -> firstTitle.equals(c.getItem())).queryAs(Node.class));
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#risk-table .text-field").tryQuery().isPresent());
        TextField editor = robot.lookup("#risk-table .text-field").queryAs(TextField.class);
        robot.interact(editor::clear);
        robot.write("Transcripts leak").type(KeyCode.ENTER);
        waitUntil(() -> project().risks().get(0).title().equals("Transcripts leak"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.scene(), "window-profile");
        String[] later = {"window-analysis", "window-risks-edited", "window-canvas", "window-team"};
        for (int page = 3; page <= 6; page++) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + page);
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(app.scene(), later[page - 3]);
        }
        // The canvas must read like the poster at full screen too.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.scene(), "window-canvas-fullscreen");
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        robot.clickOn("#toolbar-language-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".tab-label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("项目资料")), "the page tabs relabel in Chinese");
        Screenshots.save(app.scene(), "window-profile-zh");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#risk-table").tryQuery().isPresent(), "Ctrl+4 shows the register");
        Screenshots.save(app.scene(), "window-risks-zh");
        robot.clickOn("#toolbar-theme");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.scene(), "window-risks-dark");
        robot.clickOn("#toolbar-theme");
        robot.clickOn("#toolbar-language-en");

        // Closing waits for the last write; a new start on the same file finds the edit.
        robot.interact(() -> app.projects().closeCurrent());
        try (Workbook again = Workbook.open(database, KNOWLEDGE)) {
            Project reopened = again.load(again.projects().get(0).id()).project();
            assertEquals("Transcripts leak", reopened.risks().get(0).title());
            assertFalse(reopened.risks().stream().anyMatch(r -> r.category().name().equals("MARKET")),
                    "the undone fix was saved as undone");
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
