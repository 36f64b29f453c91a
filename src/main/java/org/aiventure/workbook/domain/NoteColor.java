package org.aiventure.workbook.domain;

/** Colours of a canvas sticky note. */
public enum NoteColor {
    YELLOW, BLUE, GREEN, PINK, ORANGE, PURPLE
}
