package org.aiventure.workbook;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the start-up benchmark only (system property {@code aivw.startupProbe}): logs the wall-clock time of
 * the first drawn frame and exits, so a script can measure from process start to first window.
 */
final class StartupProbe {

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    private StartupProbe() {
    }

    static void reportFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The pulse after layout is the one that renders: let it finish before reporting.
            Platform.runLater(() -> {
                LOG.info("first-frame-epoch-ms={} jvm-uptime-ms={}", System.currentTimeMillis(),
                        ManagementFactory.getRuntimeMXBean().getUptime());
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
