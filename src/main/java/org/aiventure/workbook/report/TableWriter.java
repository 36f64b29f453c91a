package org.aiventure.workbook.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a table row by row as rows arrive, so a ten-thousand-row register never sits laid out in memory. The
 * header repeats at the top of every page the table continues on; a row taller than what is left of a page
 * is split between its lines and goes on under the repeated header, so no cell is ever cut.
 */
final class TableWriter {

    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;

    private final PageFlow flow;
    private final List<Column> columns;
    private final float[] widths;
    private final float[] xs;
    private final List<List<Line>> header = new ArrayList<>();
    private final float headerHeight;
    private boolean headerOnThisPage;

    TableWriter(PageFlow flow, List<Column> columns) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        float total = 0;
        for (Column c : columns) {
            total += c.weight();
        }
        widths = new float[columns.size()];
        xs = new float[columns.size()];
        float x = flow.left();
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.width() * columns.get(i).weight() / total;
            xs[i] = x;
            x += widths[i];
        }
        float h = 0;
        for (int i = 0; i < widths.length; i++) {
            List<Line> lines = layout(Cell.of(columns.get(i).header(), TextStyle.TABLE_HEADER), widths[i] - 2 * PAD_X);
            header.add(lines);
            h = Math.max(h, height(lines, 0, lines.size()));
        }
        headerHeight = h + 2 * PAD_Y;
    }

    /** Adds a row; {@code cells} holds one cell per column. */
    void row(List<Cell> cells) {
        flow.checkpoint();
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + columns.size());
        }
        List<List<Line>> laid = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            laid.add(layout(cells.get(i), widths[i] - 2 * PAD_X));
        }
        int[] next = new int[cells.size()];
        if (!headerOnThisPage) {
            startPage(false);
        }
        boolean firstPart = true;
        while (true) {
            float need = 0;
            for (int i = 0; i < laid.size(); i++) {
                need = Math.max(need, height(laid.get(i), next[i], laid.get(i).size()));
            }
            float room = flow.room() - 2 * PAD_Y;
            if (need <= room) {
                drawPart(cells, laid, next, need, true);
                return;
            }
            if (firstPart && need <= fullPageRoom()) {
                // a row that fits a page whole is not split: it moves to the next page
                startPage(true);
                firstPart = false;
                continue;
            }
            if (!anyLineFits(laid, next, room)) {
                startPage(true);
                firstPart = false;
                continue;
            }
            drawPart(cells, laid, next, room, false);
            startPage(true);
            firstPart = false;
        }
    }

    private float fullPageRoom() {
        return flow.top() - flow.bottom() - headerHeight() - 2 * PAD_Y;
    }

    private boolean anyLineFits(List<List<Line>> laid, int[] next, float room) {
        for (int i = 0; i < laid.size(); i++) {
            if (next[i] < laid.get(i).size() && laid.get(i).get(next[i]).style().leading() <= room) {
                return true;
            }
        }
        return false;
    }

    /** Draws the lines of each cell that fit in {@code room} and moves each cell's {@code next} on. */
    private void drawPart(List<Cell> cells, List<List<Line>> laid, int[] next, float room, boolean whole) {
        int[] upTo = new int[laid.size()];
        float partHeight = 0;
        for (int i = 0; i < laid.size(); i++) {
            List<Line> lines = laid.get(i);
            int end = next[i];
            float h = 0;
            while (end < lines.size() && h + lines.get(end).style().leading() <= room + 0.01f) {
                h += lines.get(end).style().leading();
                end++;
            }
            upTo[i] = end;
            partHeight = Math.max(partHeight, h);
        }
        float rowHeight = (whole ? room : partHeight) + 2 * PAD_Y;
        float top = flow.y();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).fill() != null) {
                flow.fill(xs[i], top - rowHeight, widths[i], rowHeight, cells.get(i).fill());
            }
        }
        for (int i = 0; i < laid.size(); i++) {
            drawLines(laid.get(i), next[i], upTo[i], i, top - PAD_Y);
            next[i] = upTo[i];
        }
        flow.gap(rowHeight);
        flow.line(flow.left(), flow.y(), flow.right(), flow.y(), Palette.RULE, 0.5f);
    }

    private void drawLines(List<Line> lines, int from, int to, int column, float top) {
        float y = top;
        for (int k = from; k < to; k++) {
            Line line = lines.get(k);
            float x = xs[column] + PAD_X;
            if (columns.get(column).centred()) {
                x = xs[column] + (widths[column] - flow.textWidth(line.text(), line.style())) / 2;
            }
            flow.text(line.text(), x, y - line.style().ascent(), line.style());
            y -= line.style().leading();
        }
    }

    private void startPage(boolean newPage) {
        if (newPage) {
            flow.newPage();
        } else {
            flow.ensure(headerHeight() + 3 * TextStyle.TABLE.leading());
        }
        float h = headerHeight();
        float top = flow.y();
        flow.fill(flow.left(), top - h, flow.width(), h, Palette.ACCENT);
        for (int i = 0; i < columns.size(); i++) {
            drawLines(header.get(i), 0, header.get(i).size(), i, top - PAD_Y);
        }
        flow.gap(h);
        headerOnThisPage = true;
    }

    private float headerHeight() {
        return headerHeight;
    }

    private List<Line> layout(Cell cell, float width) {
        List<Line> lines = new ArrayList<>();
        for (Para p : cell.paras()) {
            for (String text : flow.lines(p.text(), p.style(), width)) {
                lines.add(new Line(text, p.style()));
            }
        }
        return lines;
    }

    private static float height(List<Line> lines, int from, int to) {
        float h = 0;
        for (int k = from; k < to; k++) {
            h += lines.get(k).style().leading();
        }
        return h;
    }
}
