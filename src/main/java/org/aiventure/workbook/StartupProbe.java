package org.aiventure.workbook;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the start-up benchmark only (system property {@code aivw.startupProbe}): logs the wall-clock time of
 * the first drawn frame, and how Chinese text measures then, and exits, so a script can measure from process
 * start to first window and a test can see that Chinese renders in the window as started.
 */
final class StartupProbe {

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    private StartupProbe() {
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

    static void reportFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The pulse after layout is the one that renders: let it finish before reporting.
            Platform.runLater(() -> {
                LOG.info("first-frame-epoch-ms={} jvm-uptime-ms={} cjk-em={}", System.currentTimeMillis(),
                        ManagementFactory.getRuntimeMXBean().getUptime(), cjkAdvance());
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
