package org.aiventure.workbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app started as a founder starts it, in a fresh process (headless), in Chinese: its window's text must
 * render as Chinese, not as empty boxes, on a machine with no Chinese font of its own. JavaFX fixes its
 * fallback fonts at first use, so this fails if the bundled font is loaded after the first text is laid out;
 * the tests that build the window in this JVM load it first and cannot see that.
 */
class FirstWindowChineseProcessTest {

    private static final Pattern CJK_EM = Pattern.compile("cjk-em=([0-9.]+)");

    @TempDir
    Path dir;

    @Test
    void chineseRendersInTheFirstWindow() throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "language=zh-CN\n");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Daivw.startupProbe=true", "org.aiventure.workbook.Launcher");
        ProcessBuilder builder = new ProcessBuilder(command);
        // The settings live beside the workbook: this test's folder.
        builder.environment().put("AIVW_DB", dir.resolve("workbook.db").toString());
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        Process app = builder.start();
        assertTrue(app.waitFor(90, TimeUnit.SECONDS), "the first window was drawn and the probe closed the app");
        String out = Files.readString(dir.resolve("out.txt"));
        Matcher m = CJK_EM.matcher(out);
        assertTrue(m.find(), "the probe reported the first frame: " + out);
        double em = Double.parseDouble(m.group(1));
        assertTrue(em > 0.9, "Chinese characters are about an em wide when they render, not " + em);
    }
}
