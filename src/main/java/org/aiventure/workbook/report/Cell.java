package org.aiventure.workbook.report;

import java.awt.Color;
import java.util.List;

/** One cell of a table row: paragraphs stacked top to bottom on an optional background. */
record Cell(List<Para> paras, Color fill) {

    Cell {
        paras = List.copyOf(paras);
    }

    static Cell of(String text) {
        return new Cell(List.of(new Para(text, TextStyle.TABLE)), null);
    }

    static Cell of(String text, TextStyle style) {
        return new Cell(List.of(new Para(text, style)), null);
    }

    static Cell of(Para... paras) {
        return new Cell(List.of(paras), null);
    }

    /** A cell on a coloured ground with its text in a contrasting colour. */
    static Cell filled(String text, Color fill, Color ink) {
        return new Cell(List.of(new Para(text, TextStyle.TABLE_BOLD.withColor(ink))), fill);
    }
}
