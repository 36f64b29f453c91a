package org.aiventure.workbook.ui.whatif;

import javafx.application.Platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Snapshots;
import org.aiventure.workbook.session.ImportChoice;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.PasswordPrompt;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.FxTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.aiventure.workbook.ui.common.Theme;
import org.aiventure.workbook.ui.compare.CompareView;
import org.aiventure.workbook.ui.compare.CompareViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The what-if and compare windows on screen, headless, over ZhiZao (CN only) with MedTriage beside it in the
 * workbook: the scenario is played off the FX thread, Apply is one undoable edit, and both are pictured.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioViewsTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private final I18n i18n = new I18n(Language.EN);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Theme theme = new Theme();
    private Workbook workbook;
    private OpenProject open;
    private ProjectModel model;
    private Stage stage;
    private Path dir;
    private UUID medtriage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("aivw-scenarios");
        workbook = Workbook.open(dir.resolve("w.db"), KNOWLEDGE);
        UUID zhizao = importExample(Examples.ZHIZAO);
        medtriage = importExample(Examples.MEDTRIAGE);
        open = workbook.openProject(zhizao, Platform::runLater, Runnable::run);
        model = new ProjectModel(i18n, dialogs);
        model.setOpen(open, KNOWLEDGE);
        Fonts.loadBundled();
        theme.applyCurrent();
        stage.setScene(new Scene(new VBox(), 1100, 720));
        theme.style(stage.getScene());
        stage.show();
    }

    private UUID importExample(String resource) throws IOException {
        return workbook.transfers().apply(workbook.transfers().plan(Examples.copyTo(dir, resource),
                PasswordPrompt.NONE), ImportChoice.COPY).project().id();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.setOpen(null, KNOWLEDGE)).get();
        open.close();
        workbook.close();
    }

    private void show(javafx.scene.Parent root, FxRobot robot) {
        robot.interact(() -> stage.getScene().setRoot(root));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String texts(FxRobot robot, String id) {
        VBox box = robot.lookup(id).queryAs(VBox.class);
        return String.join("\n", box.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void tickingTheEuShowsTheRoleAndGroupItAddsAndApplyIsOneUndo(FxRobot robot) throws Exception {
        WhatIfViewModel vm = new WhatIfViewModel(model, i18n, dialogs, new FxTaskExecutor());
        int[] closed = {0};
        show(new WhatIfView(vm, () -> closed[0]++), robot);
        javafx.scene.control.TextField name = robot.lookup("#whatif-name").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("Enter the EU market");
        robot.clickOn("#whatif-market-EU");
        waitUntil(() -> !robot.lookup("#whatif-added-roles").queryAll().isEmpty());
        assertEquals("+ Legal and compliance", texts(robot, "#whatif-added-roles"));
        assertTrue(texts(robot, "#whatif-added-groups").contains("EU AI Act risk classification"));
        assertEquals("−2.8", robot.lookup("#whatif-delta-overall").queryAs(Label.class).getText());
        assertEquals(List.of(Market.CN), model.project().markets(), "nothing is applied yet");
        Screenshots.save(stage.getScene(), "what-if");
        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "what-if-zh");
        robot.interact(() -> i18n.languageProperty().set(Language.EN));

        robot.clickOn("#whatif-apply");
        assertEquals(1, closed[0]);
        assertEquals(List.of(Market.CN, Market.EU), model.project().markets());
        assertEquals("Undo apply scenario “Enter the EU market”", model.undoLabel().get());
        robot.interact(model::undo);
        assertEquals(List.of(Market.CN), model.project().markets());
    }

    @Test
    void comparingWithAnotherProjectAndTwoSnapshots(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.apply(Edit.of("edit.snapshot", p -> Snapshots.record(p, model.currentAssessment(),
                    java.time.Instant.parse("2026-09-01T09:00:00Z"), "Before the pilot", UUID.randomUUID())));
            model.apply(Edit.of("edit.profile.markets", p -> p.withMarkets(List.of(Market.CN, Market.EU))));
            model.apply(Edit.of("edit.snapshot", p -> Snapshots.record(p, model.currentAssessment(),
                    java.time.Instant.parse("2026-11-20T09:00:00Z"), "EU plans", UUID.randomUUID())));
        });
        List<ProjectSummary> summaries = workbook.projects();
        CompareViewModel vm = new CompareViewModel(model, i18n, dialogs, new FxTaskExecutor(),
                new SimpleObjectProperty<>(workbook), FXCollections.observableArrayList(summaries),
                Clock.systemDefaultZone());
        show(new CompareView(vm, () -> { }), robot);
        ProjectSummary other = summaries.stream().filter(s -> s.id().equals(medtriage)).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#compare-other").<ProjectSummary>queryComboBox().setValue(other));
        robot.clickOn("#compare-run");
        waitUntil(() -> vm.comparisonProperty().get() != null);
        assertTrue(texts(robot, "#compare-risks-theirs").startsWith("R-005 "), "MedTriage has seven risks, ZhiZao four");
        assertTrue(texts(robot, "#compare-risks-changed").contains("R-001"));
        Screenshots.save(stage.getScene(), "compare");
        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "compare-zh");

        robot.clickOn("#compare-tab-snapshots");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("−2.8", robot.lookup("#compare-snapshot-scores-overall").queryAs(Label.class).getText(),
                "entering the EU cost 2.8 points between the two snapshots");
        Screenshots.save(stage.getScene(), "compare-snapshots-zh");
        robot.interact(() -> i18n.languageProperty().set(Language.EN));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "compare-snapshots");
    }
}
