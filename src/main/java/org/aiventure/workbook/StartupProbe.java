package org.aiventure.workbook;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import org.aiventure.workbook.ui.common.Once;
import org.aiventure.workbook.ui.projects.ProjectsViewModel;
import org.aiventure.workbook.ui.shell.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the start-up benchmark and the installer's class recording only (system property
 * {@code aivw.startupProbe}): logs the wall-clock time of a frame, and how Chinese text measures then, and exits,
 * so a script can measure from process start to the window and a test can see that Chinese renders in the window
 * as started. {@code true}: the first drawn frame; {@code open}: the first frame drawn once the workbook has opened
 * and its projects are listed, or it failed to open.
 */
final class StartupProbe {

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    private StartupProbe() {
    }

    /** Attaches the probe the system property asks for, if any. */
    static void attach(Scene scene, ShellViewModel shell, ProjectsViewModel projects) {
        String probe = System.getProperty("aivw.startupProbe", "");
        if (probe.equals("true")) {
            reportNextFrame(scene, "first-frame");
        } else if (probe.equals("open")) {
            reportOnceOpen(scene, shell, projects);
        }
    }

    /**
     * How wide Chinese text is in the window's default font, in ems per character: about 1 when Chinese
     * renders, much less when each character is an empty box because no font has its glyphs.
     */
    private static String cjkAdvance() {
        Text sample = new Text("中文字体");
        return String.format(Locale.ROOT, "%.2f",
                sample.getLayoutBounds().getWidth() / 4 / sample.getFont().getSize());
    }

    /** The projects are listed after the workbook has opened; a workbook that fails to open lists none. */
    private static void reportOnceOpen(Scene scene, ShellViewModel shell, ProjectsViewModel projects) {
        Once.when(shell.stateProperty(), state -> state != ShellViewModel.State.OPENING, () -> {
            if (shell.stateProperty().get() == ShellViewModel.State.FAILED) {
                reportNextFrame(scene, "open");
            } else {
                Once.when(projects.listed(), Boolean::booleanValue, () -> reportNextFrame(scene, "open"));
            }
        });
    }

    private static void reportNextFrame(Scene scene, String what) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The pulse after layout is the one that renders: let it finish before reporting.
            Platform.runLater(() -> {
                LOG.info("{}-epoch-ms={} jvm-uptime-ms={} cjk-em={}", what, System.currentTimeMillis(),
                        ManagementFactory.getRuntimeMXBean().getUptime(), cjkAdvance());
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
