package org.aiventure.workbook.report;

import java.awt.Color;

import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.scoring.Grade;
import org.aiventure.workbook.scoring.Severity;

/** The briefing's colours; the band colours are UI.md's, the same on every screen and on paper. */
final class Palette {

    static final Color INK = new Color(0x1f2328);
    static final Color MUTED = new Color(0x59636e);
    static final Color PAPER = Color.WHITE;
    static final Color ACCENT = new Color(0x0b5cad);
    static final Color ACCENT_LIGHT = new Color(0xe8f1fb);
    static final Color RULE = new Color(0xd1d9e0);
    static final Color STRIPE = new Color(0xf6f8fa);
    static final Color EMPTY_CELL = new Color(0xeef1f4);
    static final Color WARNING_ROW = new Color(0xfbe3e3);
    static final Color CRITICAL_TEXT = new Color(0xc62828);

    private static final Color LOW = new Color(0x2e7d32);
    private static final Color MEDIUM = new Color(0xf9a825);
    private static final Color HIGH = new Color(0xef6c00);
    private static final Color CRITICAL = new Color(0xc62828);

    private Palette() {
    }

    static Color band(Band band) {
        return switch (band) {
            case LOW -> LOW;
            case MEDIUM -> MEDIUM;
            case HIGH -> HIGH;
            case CRITICAL -> CRITICAL;
        };
    }

    static Color severity(Severity severity) {
        return band(Band.valueOf(severity.name()));
    }

    /** Text on a band's colour: dark on amber, where white would be hard to read, white elsewhere. */
    static Color onBand(Band band) {
        return band == Band.MEDIUM ? INK : PAPER;
    }

    static Color grade(Grade grade) {
        return switch (grade) {
            case A -> LOW;
            case B -> new Color(0x558b2f);
            case C -> HIGH;
            case D -> CRITICAL;
        };
    }
}
