package org.aiventure.workbook.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The briefing's one typeface: WenQuanYi Micro Hei from the bundled collection, embedded as a subset. It has
 * Latin and CJK glyphs, so mixed text needs no font switching. Widths are cached per character because
 * measuring a ten-thousand-risk register through the font's encoder was most of the layout time.
 */
final class FontFace implements AutoCloseable {

    private static final String COLLECTION = "/org/aiventure/workbook/fonts/wqy-microhei.ttc";
    private static final String FACE = "WenQuanYiMicroHei";
    private static final float MISSING = -1f;
    private static final float UNKNOWN = Float.NaN;
    /** What a character the font has no glyph for is printed as. */
    static final char REPLACEMENT = '?';

    private final TrueTypeCollection collection;
    private final PDType0Font font;
    /** Advance widths in 1/1000 em of the Basic Multilingual Plane, filled on first use. */
    private final float[] widths = new float[0x10000];

    private FontFace(TrueTypeCollection collection, PDType0Font font) {
        this.collection = collection;
        this.font = font;
        Arrays.fill(widths, UNKNOWN);
    }

    /** Loads the face into {@code document}; keep it open until the document is saved (the subset is built then). */
    static FontFace load(PDDocument document) {
        try (InputStream in = FontFace.class.getResourceAsStream(COLLECTION)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + COLLECTION + " is missing from the app");
            }
            TrueTypeCollection collection = new TrueTypeCollection(in);
            TrueTypeFont face = collection.getFontByName(FACE);
            if (face == null) {
                collection.close();
                throw new IllegalStateException("The bundled font has no face " + FACE);
            }
            return new FontFace(collection, PDType0Font.load(document, face, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font font() {
        return font;
    }

    /** The text with every character the font cannot show replaced, and controls other than newline dropped. */
    String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char shown = shown(c);
            if (shown != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && shown != 0) {
                out.append(shown);
            }
        }
        return out == null ? text : out.toString();
    }

    private char shown(char c) {
        if (c == '\n') {
            return c;
        } else if (c == '\t') {
            return ' ';
        } else if (c < ' ' || c == 0x7f) {
            return 0;
        }
        return units(c) == MISSING ? REPLACEMENT : c;
    }

    /** The width of a printable string at {@code size} points. */
    float width(CharSequence text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += units(text.charAt(i));
        }
        return units * size / 1000f;
    }

    /** The advance of one printable character in 1/1000 em. */
    float units(char c) {
        float w = widths[c];
        if (Float.isNaN(w)) {
            w = measure(c);
            widths[c] = w;
        }
        return w;
    }

    private float measure(char c) {
        if (Character.isSurrogate(c)) {
            return MISSING;
        }
        try {
            return font.getStringWidth(String.valueOf(c));
        } catch (IllegalArgumentException | IOException noGlyph) {
            return MISSING;
        }
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
