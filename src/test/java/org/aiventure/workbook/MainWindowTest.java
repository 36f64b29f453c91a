package org.aiventure.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Settings;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.Theme;
import org.aiventure.workbook.ui.projects.WelcomeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window, headless: it lists the workbook's projects and starts a new one from the guide. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private Path database;
    private Stage stage;
    private App.Composition app;
    private Settings settings;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        database = Files.createTempDirectory("aivw-ui").resolve("workbook.db");
        try (Workbook wb = Workbook.open(database, KNOWLEDGE)) {
            wb.createBlank("Alpha Robotics", Language.EN);
        }
        Fonts.loadBundled();
        settings = Settings.load(database.resolveSibling("settings.properties"));
        settings.put("language", "en");
        app = App.compose(stage, file -> CompletableFuture.supplyAsync(() -> Workbook.open(file, KNOWLEDGE)),
                settings, file -> { });
        stage.setScene(app.scene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        app.shell().open(database);
    }

    @Test
    void listsTheWorkbookAndStartsAProjectFromTheGuide(FxRobot robot) throws Exception {
        ListView<ProjectSummary> list = projectList(robot);
        waitUntil(() -> list.getItems().size() == 1);
        assertEquals("Alpha Robotics", list.getItems().get(0).name());
        assertTrue(robot.lookup("#welcome-from-guide").tryQuery().isPresent(), "no selection: how to start");
        Screenshots.save(app.scene(), "welcome");

        robot.clickOn("#welcome-from-guide");
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertEquals("My AI venture", name.getText(), "the dialog suggests a name");
        robot.interact(name::clear);
        robot.clickOn(name).write("MedTriage").type(KeyCode.ENTER);
        waitUntil(() -> list.getItems().size() == 2 && app.projects().current().project() != null);

        assertEquals("MedTriage", app.projects().current().project().name());
        assertTrue(robot.lookup("#pages").tryQuery().isPresent(), "the project's pages are shown");
        assertEquals("AI Venture Workbook — MedTriage", stage.getTitle());
        Screenshots.save(app.scene(), "main-window");

        var open = app.projects().current().openProperty().get();
        robot.interact(() -> app.projects().refresh(null));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(open, app.projects().current().openProperty().get(),
                "refreshing the list keeps the selected project open (and its undo history)");

        robot.clickOn("#toolbar-language-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".tab-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("仪表盘")), "the pages relabel in Chinese");
        Screenshots.save(app.scene(), "main-window-zh");

        robot.clickOn("#toolbar-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.Mode.DARK, app.theme().modeProperty().get());
        Screenshots.save(app.scene(), "main-window-dark");
        robot.clickOn("#toolbar-theme");

        app.remember(stage);
        Settings saved = Settings.load(database.resolveSibling("settings.properties"));
        assertEquals("zh-CN", saved.get("language").orElseThrow(), "the language is remembered");
        assertEquals(List.of(database.toAbsolutePath()), saved.recentWorkbooks());
        assertEquals(app.projects().current().project().id(), saved.lastProject(database).orElseThrow());

        try (Workbook reopened = Workbook.open(database, KNOWLEDGE)) {
            var summaries = reopened.projects();
            assertEquals(2, summaries.size(), "both projects are in the SQLite file");
            var guide = reopened.load(summaries.stream().filter(p -> p.name().equals("MedTriage"))
                    .findFirst().orElseThrow().id()).project();
            assertEquals(5, guide.risks().size());
            assertEquals(19, guide.risks().stream().mapToInt(r -> r.mitigations().size()).sum());
        }
    }

    @Test
    void switchingProjectsShowsNoWelcomeWhileTheNextOneOpens(FxRobot robot) throws Exception {
        ListView<ProjectSummary> list = projectList(robot);
        waitUntil(() -> list.getItems().size() == 1);
        robot.clickOn("#welcome-from-guide");
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> list.getItems().size() == 2 && app.projects().current().project() != null);

        StackPane centre = centre(app);
        List<Node> shown = new ArrayList<>();
        centre.getChildren().addListener((ListChangeListener<Node>) change -> shown.addAll(centre.getChildren()));
        for (String name : List.of("Alpha Robotics", "My AI venture")) {
            robot.clickOn(name);
            waitUntil(() -> app.projects().current().project() != null
                    && app.projects().current().project().name().equals(name));
        }
        assertTrue(shown.stream().noneMatch(WelcomeView.class::isInstance),
                "the centre stays empty, not the welcome, while a project opens: " + shown);
        assertTrue(robot.lookup("#pages").tryQuery().isPresent());
    }

    @Test
    void theProjectOpenAtCloseOpensAgainAtTheNextStartWithNoWelcomeBeforeIt(FxRobot robot) throws Exception {
        ListView<ProjectSummary> list = projectList(robot);
        waitUntil(() -> list.getItems().size() == 1);
        robot.clickOn("Alpha Robotics");
        waitUntil(() -> app.projects().current().project() != null);
        robot.interact(() -> app.remember(stage));

        List<Node> shown = new ArrayList<>();
        App.Composition[] again = new App.Composition[1];
        Stage[] window = new Stage[1];
        CompletableFuture<Workbook> opening = new CompletableFuture<>();
        robot.interact(() -> {
            window[0] = new Stage();
            again[0] = App.compose(window[0], file -> opening,
                    Settings.load(database.resolveSibling("settings.properties")), file -> { });
            window[0].setScene(again[0].scene());
            window[0].setWidth(1280);
            window[0].setHeight(800);
            window[0].show();
            StackPane centre = centre(again[0]);
            centre.getChildren().addListener((ListChangeListener<Node>) c -> shown.addAll(centre.getChildren()));
            again[0].shell().open(database);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(centre(again[0]).getChildren().isEmpty(), "nothing in the centre while the workbook opens");
        Scene opened = again[0].scene();
        assertNull(opened.lookup("#project-list"), "the sidebar's list and filter are made once the workbook is open");
        assertNull(opened.lookup("#project-filter"));
        assertTrue(opened.getRoot().lookupAll(".empty-hint").stream()
                .anyMatch(hint -> ((Label) hint).getText().equals("Opening your workbook…")), "the sidebar says why it is empty");
        Screenshots.save(opened, "window-opening");
        opening.completeAsync(() -> Workbook.open(database, KNOWLEDGE));
        waitUntil(() -> again[0].projects().current().project() != null);
        assertEquals("Alpha Robotics", again[0].projects().current().project().name(), "the last project reopens");
        @SuppressWarnings("unchecked")
        ListView<ProjectSummary> reopenedList = (ListView<ProjectSummary>) opened.lookup("#project-list");
        assertEquals("Alpha Robotics", reopenedList.getSelectionModel().getSelectedItem().name(),
                "the list, made once the workbook opened, shows the reopened project selected");
        assertTrue(opened.lookup("#project-filter").isVisible());
        assertTrue(shown.stream().noneMatch(WelcomeView.class::isInstance), "no welcome before it: " + shown);
        robot.interact(() -> {
            again[0].projects().closeCurrent();
            again[0].tasks().shutdown();
            again[0].shell().close();
            window[0].close();
        });
    }

    /** The sidebar's list, made once the workbook has opened (in the background, started with the window). */
    private static ListView<ProjectSummary> projectList(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#project-list").tryQuery().isPresent());
        return robot.lookup("#project-list").queryListView();
    }

    private static StackPane centre(App.Composition app) {
        return (StackPane) app.scene().lookup(".project-pages");
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
