package org.aiventure.workbook.ui.projects;

import javafx.application.Platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.FxTaskExecutor;
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

/** The briefing's progress window, headless: it shows how far the PDF is, and Cancel stops it. */
@ExtendWith(ApplicationExtension.class)
class BriefingProgressWindowTest {


    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> status = new CopyOnWriteArrayList<>();
    private Path dir;
    private OpenedProject opened;
    private ProjectModel current;
    private Stage owner;
    private Theme theme;
    private I18n i18n;

    @Start
    void start(Stage stage) throws IOException {
        owner = stage;
        dir = Files.createTempDirectory("aivw-briefing");
        i18n = new I18n(Language.EN);
        current = new ProjectModel(i18n, dialogs);
        opened = OpenedProject.fromExample(dir, Examples.MEDTRIAGE, current, Platform::runLater,
                Runnable::run);
        Fonts.loadBundled();
        theme = new Theme();
        theme.applyCurrent();
        Scene scene = new Scene(new Label("MedTriage"), 800, 500);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(opened::close).get();
    }

    private BriefingExport follow(BriefingExport.Writer writer) throws Exception {
        BriefingExport export = new BriefingExport(current, i18n, dialogs, new FxTaskExecutor(), writer,
                file -> { }, status::add);
        WaitForAsyncUtils.asyncFx(() -> BriefingProgressWindow.follow(owner, export, theme)).get();
        return export;
    }

    private static boolean progressShowing(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .anyMatch(w -> w.getScene().getRoot().getStyleClass().contains("briefing-progress"));
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    @Test
    void showsHowFarItIsAndCancelStopsIt(FxRobot robot) throws Exception {
        BriefingExport export = follow((project, asOf, target, progress, cancelled) -> {
            progress.accept(0.375); // three sections of eight written, then a long register
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!cancelled.getAsBoolean() && System.nanoTime() < until) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            throw new CancellationException();
        });
        Path target = dir.resolve("medtriage.pdf");
        dialogs.answer(target);
        robot.interact(export::export);
        waitUntil(() -> progressShowing(robot));

        Node root = robot.lookup(".briefing-progress").query();
        assertEquals("Writing the briefing of “MedTriage”…",
                robot.from(root).lookup(".label").queryAs(Label.class).getText());
        waitUntil(() -> robot.lookup("#briefing-progress-bar").queryAs(ProgressBar.class).getProgress() == 0.375);
        Screenshots.save(root.getScene(), "briefing-progress");

        robot.clickOn("#briefing-cancel");
        waitUntil(() -> !export.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(progressShowing(robot), "the window goes with the briefing");
        assertEquals(List.of("Briefing cancelled; nothing was written."), status);
        assertFalse(Files.exists(target));
    }

    @Test
    void aQuickBriefingDoesNotFlashAWindow(FxRobot robot) throws Exception {
        BriefingExport export = follow((project, asOf, target, progress, cancelled) -> Files.writeString(target, "%PDF"));
        dialogs.answer(dir.resolve("quick.pdf")).answer(false);
        robot.interact(export::export);
        waitUntil(() -> !export.runningProperty().get());
        Thread.sleep(400); // longer than the delay before the window would show
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(progressShowing(robot));
        assertTrue(Files.exists(dir.resolve("quick.pdf")));
        assertEquals(List.of("The briefing of “MedTriage” is saved as quick.pdf."), status);
    }
}
