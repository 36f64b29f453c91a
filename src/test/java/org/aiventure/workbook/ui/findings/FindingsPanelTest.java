package org.aiventure.workbook.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.advice.AdviceViewModel;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.FxDialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel on a screen (headless): groups and counts, a one-click fix, the owner picker, collapsing. */
@ExtendWith(ApplicationExtension.class)
class FindingsPanelTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private final I18n i18n = new I18n(Language.EN);
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Theme theme = new Theme();
    private Workbook workbook;
    private OpenProject open;
    private ProjectModel model;
    private FindingsViewModel findings;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("aivw-findings");
        workbook = Workbook.open(dir.resolve("w.db"), KNOWLEDGE);
        var stored = workbook.createFromGuide("MedTriage", Language.EN);
        open = workbook.openProject(stored.project().id(), Platform::runLater, Runnable::run);
        Fonts.loadBundled();
        theme.applyCurrent();
        model = new ProjectModel(i18n, new FxDialogService(stage, i18n));
        model.setOpen(open, KNOWLEDGE);
        findings = new FindingsViewModel(model, i18n, navigator, new FxOwnerPicker(stage, i18n));
        Region page = new Region();
        var advice = new AdviceViewModel(model, i18n, new FxDialogService(stage, i18n),
                new org.aiventure.workbook.ui.advice.FxClaimEditor(stage, i18n), navigator,
                new CurrentThreadTaskExecutor(), javafx.util.Duration.ZERO, UUID::randomUUID);
        BorderPane root = new BorderPane(page, null, new FindingsPanel(findings, i18n, advice), null, null);
        scene = new Scene(root, 1280, 800);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        open.close();
        workbook.close();
    }

    @Test
    void showsTheGroupsFixesInOneClickAndCollapsesToTheCounts(FxRobot robot) throws Exception {
        assertEquals("FINDINGS (27)", robot.lookup("#findings-title").queryAs(Label.class).getText());
        assertTrue(groupName(robot, Severity.HIGH).startsWith("High (1)"));
        assertTrue(groupName(robot, Severity.MEDIUM).startsWith("Medium (15)"));
        assertEquals(1, robot.lookup(".finding-card").queryAll().size(), "only HIGH starts open");
        robot.clickOn("#findings-group-MEDIUM");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(16, robot.lookup(".finding-card").queryAll().size());
        Screenshots.save(scene, "findings");
        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#findings-title").queryAs(Label.class).getText().startsWith("发现"));
        Screenshots.save(scene, "findings-zh");
        robot.interact(() -> i18n.languageProperty().set(Language.EN));

        robot.clickOn(robot.lookup(".finding-fix").match((Button b) -> b.getText().equals("Add risk"))
                .queryButton());
        waitUntil(() -> model.project().risks().size() == 6);
        assertEquals("risk:" + model.project().risks().get(5).id(), navigator.last());
        assertEquals(0, findings.countProperty(Severity.HIGH).get());
        assertTrue(robot.lookup("#findings-title").queryAs(Label.class).getText().startsWith("FINDINGS ("));

        robot.interact(() -> theme.modeProperty().set(Theme.Mode.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "findings-dark");
        robot.interact(() -> theme.modeProperty().set(Theme.Mode.LIGHT));

        robot.clickOn("#findings-collapse");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#findings-title").tryQuery().isEmpty(), "folded to the bar");
        assertEquals(String.valueOf(findings.countProperty(Severity.MEDIUM).get()),
                robot.lookup("#findings-count-MEDIUM").queryAs(Label.class).getText());
        assertEquals("0", robot.lookup("#findings-count-HIGH").queryAs(Label.class).getText());
        Screenshots.save(scene, "findings-collapsed");
        robot.clickOn("#findings-expand");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#findings-title").tryQuery().isPresent());
    }

    @Test
    void theOwnerPickerAssignsSomeoneFromTheTeam(FxRobot robot) throws Exception {
        robot.clickOn("#findings-group-MEDIUM");
        WaitForAsyncUtils.waitForFxEvents();
        var assign = robot.lookup(".finding-fix").match((Button b) -> b.getText().equals("Assign owner…"))
                .queryButton();
        // The button is below the fold; fired later because the dialog waits in a nested event loop.
        Platform.runLater(assign::fire);
        waitUntil(() -> robot.lookup("#owner-entries").tryQuery().isPresent());
        ListView<TeamEntry> entries = robot.lookup("#owner-entries").queryListView();
        Scene dialog = entries.getScene();
        Screenshots.save(dialog, "findings-owner-picker");
        TeamEntry founder = entries.getItems().stream().filter(e -> e.role() == Role.FOUNDER_CEO).findFirst()
                .orElseThrow();
        robot.interact(() -> entries.getSelectionModel().select(founder));
        robot.clickOn("OK");
        waitUntil(() -> model.project().risks().stream().anyMatch(r -> founder.id().equals(r.ownerId())));
        assertEquals(14, findings.countProperty(Severity.MEDIUM).get());
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene() == dialog && w.isShowing()));
    }

    private static String groupName(FxRobot robot, Severity severity) {
        return robot.lookup("#findings-group-" + severity.name() + " .findings-group-name").queryAs(Label.class)
                .getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
