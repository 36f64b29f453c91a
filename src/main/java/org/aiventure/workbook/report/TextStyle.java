package org.aiventure.workbook.report;

import java.awt.Color;

/** How a run of text looks: size in points, bold (drawn by stroking the outline: the face has no bold), colour. */
record TextStyle(float size, boolean bold, Color color) {

    static final TextStyle BODY = new TextStyle(9.5f, false, Palette.INK);
    static final TextStyle SMALL = new TextStyle(8f, false, Palette.INK);
    static final TextStyle SMALL_BOLD = new TextStyle(8f, true, Palette.INK);
    static final TextStyle MUTED = new TextStyle(8f, false, Palette.MUTED);
    static final TextStyle TABLE = new TextStyle(7.5f, false, Palette.INK);
    static final TextStyle TABLE_BOLD = new TextStyle(7.5f, true, Palette.INK);
    static final TextStyle TABLE_MUTED = new TextStyle(7.5f, false, Palette.MUTED);
    static final TextStyle TABLE_HEADER = new TextStyle(7.5f, true, Palette.PAPER);
    static final TextStyle SECTION = new TextStyle(18f, true, Palette.ACCENT);
    static final TextStyle HEADING = new TextStyle(12f, true, Palette.INK);
    static final TextStyle FOOTER = new TextStyle(7.5f, false, Palette.MUTED);

    /** The distance from one baseline to the next. */
    float leading() {
        return size * 1.35f;
    }

    /** How far the baseline sits below the top of a line. */
    float ascent() {
        return size * 1.05f;
    }

    TextStyle withColor(Color next) {
        return new TextStyle(size, bold, next);
    }

    TextStyle withSize(float next) {
        return new TextStyle(next, bold, color);
    }

    TextStyle bolder() {
        return new TextStyle(size, true, color);
    }
}
