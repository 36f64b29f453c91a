package org.aiventure.workbook.ui.advice;

import javafx.application.Platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.Advisor;
import org.aiventure.workbook.advice.Confirmation;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.common.BackgroundTask;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.FxTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.aiventure.workbook.ui.common.TaskExecutor;
import org.aiventure.workbook.ui.common.Theme;
import org.aiventure.workbook.ui.dashboard.DashboardView;
import org.aiventure.workbook.ui.findings.FindingsPanel;
import org.aiventure.workbook.ui.findings.FindingsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The next best actions on the dashboard and in the findings panel, headless, with the MedTriage example. */
@ExtendWith(ApplicationExtension.class)
class ActionListScreenTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> visits = new ArrayList<>();
    private OpenedProject opened;
    private ProjectModel projects;
    private AdviceViewModel advice;
    private I18n i18n;
    private Scene scene;
    private DashboardView dashboard;
    private Navigator navigator;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("aivw-advice");
        i18n = new I18n(Language.EN);
        projects = new ProjectModel(i18n, dialogs);
        opened = OpenedProject.fromExample(dir, Examples.MEDTRIAGE, projects, Platform::runLater,
                Runnable::run);
        Fonts.loadBundled();
        Theme theme = new Theme();
        theme.applyCurrent();
        navigator = new Navigator() {
            @Override
            public void show(Page page) {
                visits.add(page.name());
            }

            @Override
            public void show(Page page, String subject) {
                visits.add(page.name() + " " + subject);
            }
        };
        advice = new AdviceViewModel(projects, i18n, dialogs, new ScriptedClaimEditor(), navigator,
                new CurrentThreadTaskExecutor(),
                Duration.ZERO, UUID::randomUUID);
        dashboard = new DashboardView(projects, i18n, dialogs, navigator, advice);
        FindingsPanel findings = new FindingsPanel(new FindingsViewModel(projects, i18n, navigator,
                request -> java.util.Optional.empty()), i18n, advice);
        scene = new Scene(new BorderPane(dashboard, null, findings, null, null), 1280, 800);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(opened::close).get();
    }

    @Test
    void bothPlacesShowTheTopTenAndAPlanIsOneClick(FxRobot robot) {
        robot.clickOn("#findings-show-actions");
        robot.interact(() -> dashboard.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        List<Action> top = advice.actionsProperty().get();
        assertEquals(AdviceViewModel.TOP, top.size());
        for (String place : List.of("#dashboard-actions", "#findings-actions")) {
            List<String> texts = robot.lookup(place + " .action-text").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList();
            assertEquals(top.stream().map(advice::describe).toList(), texts, place);
            assertEquals(top.get(0).signedGain(),
                    robot.lookup(place + " #action-0 .action-gain").queryAs(Label.class).getText());
        }
        Screenshots.save(scene, "next-best-actions");

        int index = indexOfFirst(top, Confirmation.NONE);
        Action plan = top.get(index);
        robot.clickOn(robot.lookup("#dashboard-actions #action-" + index + " .action-do").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(plan.after(), projects.assessmentProperty().get().overall(), "raised by exactly its gain");
        assertTrue(robot.lookup("#dashboard-actions .action-text").queryAllAs(Label.class).stream()
                .noneMatch(l -> l.getText().equals(advice.describe(plan))), "done, so no longer listed");

        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(advice.describe(advice.actionsProperty().get().get(0)),
                robot.lookup("#findings-actions #action-0 .action-text").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#findings-actions .action-list-title").queryAs(Label.class).getText()
                .equals("下一步最佳行动"));
        robot.interact(() -> dashboard.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "next-best-actions-zh");
    }

    @Test
    void editsInQuickSuccessionAreRankedOnceWhenTheyPause(FxRobot robot) throws Exception {
        FxTaskExecutor fx = new FxTaskExecutor();
        AtomicInteger runs = new AtomicInteger();
        TaskExecutor counting = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                runs.incrementAndGet();
                fx.execute(task);
            }

            @Override
            public <T> T askOnUiThread(java.util.concurrent.Callable<T> question) throws Exception {
                return fx.askOnUiThread(question);
            }

            @Override
            public java.util.concurrent.Executor uiThread() {
                return fx.uiThread();
            }

            @Override
            public java.util.concurrent.Executor assessor() {
                return fx.assessor();
            }

            @Override
            public void shutdown() {
                fx.shutdown();
            }
        };
        AdviceViewModel paused = WaitForAsyncUtils.asyncFx(() -> new AdviceViewModel(projects, i18n, dialogs,
                new ScriptedClaimEditor(), navigator, counting, AdviceViewModel.PAUSE, UUID::randomUUID)).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !paused.rankingProperty().get());
        runs.set(0);
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                Action plan = Advisor.rank(projects.project(), KNOWLEDGE, projects.currentAssessment())
                        .stream().filter(a -> a.kind().confirmation() == Confirmation.NONE).findFirst().orElseThrow();
                assertTrue(projects.apply(plan.edit(null, UUID::randomUUID)));
            }
            assertTrue(paused.rankingProperty().get(), "ranking is pending while the founder works");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !paused.rankingProperty().get());
        assertEquals(1, runs.get(), "three edits in a row, one ranking after the pause");
        assertEquals(advice.actionsProperty().get().stream().map(advice::describe).toList(),
                paused.actionsProperty().get().stream().map(paused::describe).toList(),
                "the paused list ends where the immediate one is");
        fx.shutdown();
    }

    private static int indexOfFirst(List<Action> actions, Confirmation confirmation) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).kind().confirmation() == confirmation) {
                return i;
            }
        }
        throw new AssertionError("no action needing " + confirmation);
    }
}
