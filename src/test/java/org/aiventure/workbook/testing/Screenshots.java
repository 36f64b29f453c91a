package org.aiventure.workbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/**
 * Saves a snapshot of a scene as PNG (Monocle cannot capture the screen itself). Pictures go to
 * {@code target/screenshots}, or to the folder named by {@code -Daivw.screenshots} (the README's
 * {@code assets/screenshots} when refreshing them).
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** Must run on the FX thread or a TestFX robot's thread; snapshots on the FX thread. */
    public static Path save(Scene scene, String name) {
        Path dir = Path.of(System.getProperty("aivw.screenshots", "target/screenshots"));
        Path file = dir.resolve(name + ".png");
        try {
            Files.createDirectories(dir);
            var image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not snapshot the scene for " + name, e);
        }
    }
}
