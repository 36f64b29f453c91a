package org.aiventure.workbook.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
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

    /** Loads the bundled fonts; returns the family names it added. */
    public static java.util.List<String> loadBundled() {
        try (InputStream in = Fonts.class.getResourceAsStream(CJK)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + CJK + " is missing from the app");
            }
            Font[] fonts = Font.loadFonts(in, 13);
            java.util.List<String> families = fonts == null ? java.util.List.of()
                    : java.util.Arrays.stream(fonts).map(Font::getFamily).distinct().toList();
            LOG.debug("Loaded bundled fonts {}", families);
            return families;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
