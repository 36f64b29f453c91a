package org.aiventure.workbook.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import javafx.scene.text.Font;
import org.aiventure.workbook.session.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0). Loading it adds it to JavaFX's fallback chain, so
 * Chinese renders on machines that have no Chinese font of their own. It is 5 MB: load it off the FX thread.
 */
public final class Fonts {

    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static final String CJK = "/org/aiventure/workbook/fonts/wqy-microhei.ttc";

    private Fonts() {
    }

    /** Loads the bundled fonts, kept in the app's data folder (beside sqlite's native library). */
    public static List<String> loadBundled() {
        return loadBundled(Workbook.dataFolder().resolve("fonts"));
    }

    /**
     * Loads the bundled fonts; returns the family names it added. JavaFX reads a font handed over as a stream by
     * copying it to a temporary file first, half of the load's time for 5 MB at every start; so the font is
     * read from a copy in {@code folder}, made at the first start, or from the app itself when the folder cannot
     * be written.
     */
    public static List<String> loadBundled(Path folder) {
        URL bundled = Fonts.class.getResource(CJK);
        if (bundled == null) {
            throw new IllegalStateException("The bundled font " + CJK + " is missing from the app");
        }
        try {
            Font[] fonts = Font.loadFonts(copyOf(bundled, folder).toUri().toString(), 13);
            if (fonts != null && fonts.length > 0) {
                return families(fonts);
            }
            LOG.warn("The copy of the bundled font could not be read; reading it from the app");
        } catch (IOException e) {
            LOG.warn("Cannot keep a copy of the bundled font; reading it from the app", e);
        }
        try (InputStream in = bundled.openStream()) {
            return families(Font.loadFonts(in, 13));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The data folder's copy of the font, made if missing. Its name carries the font's size, so a different
     * font in a later version gets a copy of its own; the copy is written beside and moved into place whole.
     */
    private static Path copyOf(URL bundled, Path folder) throws IOException {
        long size = bundled.openConnection().getContentLengthLong();
        Path copy = folder.resolve("wqy-microhei-" + size + ".ttc");
        if (Files.isRegularFile(copy) && Files.size(copy) == size) {
            return copy;
        }
        Files.createDirectories(copy.getParent());
        Path partial = Files.createTempFile(copy.getParent(), "font", ".part");
        try (InputStream in = bundled.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return copy;
    }

    private static List<String> families(Font[] fonts) {
        List<String> families = fonts == null ? List.of() : Arrays.stream(fonts).map(Font::getFamily).distinct().toList();
        LOG.debug("Loaded bundled fonts {}", families);
        return families;
    }
}
