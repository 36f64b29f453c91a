package org.aiventure.workbook.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.NoteColor;

/**
 * The business-model canvas as the poster, on a landscape page: five columns on top (key partners | key
 * activities over key resources | value propositions | customer relationships over channels | customer
 * segments) and cost structure | revenue streams below. Notes are sticky-note cards with their evidence; an
 * empty block shows its guiding questions in grey. Text shrinks until every note fits; notes that do not fit
 * even at the smallest size are listed whole after the poster, so no word is lost.
 */
final class CanvasSection implements BriefingSection {

    private static final float LARGEST = 9f;
    private static final float SMALLEST = 5.5f;
    private static final float PAD = 4;
    private static final float NOTE_GAP = 3;
    private static final TextStyle TITLE = new TextStyle(8.5f, true, Palette.ACCENT);

    /** A block's place on the poster, as fractions of its width and height from the top left. */
    private record Place(float x, float y, float w, float h) {
    }

    private static final Map<CanvasBlock, Place> POSTER = new EnumMap<>(Map.of(
            CanvasBlock.KEY_PARTNERS, new Place(0f, 0f, 0.2f, 0.66f),
            CanvasBlock.KEY_ACTIVITIES, new Place(0.2f, 0f, 0.2f, 0.33f),
            CanvasBlock.KEY_RESOURCES, new Place(0.2f, 0.33f, 0.2f, 0.33f),
            CanvasBlock.VALUE_PROPOSITIONS, new Place(0.4f, 0f, 0.2f, 0.66f),
            CanvasBlock.CUSTOMER_RELATIONSHIPS, new Place(0.6f, 0f, 0.2f, 0.33f),
            CanvasBlock.CHANNELS, new Place(0.6f, 0.33f, 0.2f, 0.33f),
            CanvasBlock.CUSTOMER_SEGMENTS, new Place(0.8f, 0f, 0.2f, 0.66f),
            CanvasBlock.COST_STRUCTURE, new Place(0f, 0.66f, 0.5f, 0.34f),
            CanvasBlock.REVENUE_STREAMS, new Place(0.5f, 0.66f, 0.5f, 0.34f)));

    @Override
    public void write(Briefing b) {
        PageFlow flow = b.flow();
        b.start("canvas", true);
        Map<CanvasBlock, List<CanvasNote>> notes = new EnumMap<>(CanvasBlock.class);
        for (CanvasBlock block : CanvasBlock.values()) {
            notes.put(block, new ArrayList<>());
        }
        for (CanvasNote n : b.project().canvas()) {
            notes.get(n.block()).add(n);
        }
        notes.values().forEach(list -> list.sort(Comparator.comparingInt(CanvasNote::position)));
        float credit = 2 * TextStyle.MUTED.leading() + 8;
        float top = flow.y();
        float height = flow.room() - credit;
        float size = LARGEST;
        while (size > SMALLEST && !allFit(b, notes, top, height, size)) {
            size -= 0.5f;
        }
        List<CanvasNote> overflow = new ArrayList<>();
        for (CanvasBlock block : CanvasBlock.values()) {
            Place p = POSTER.get(block);
            float x = flow.left() + p.x() * flow.width();
            float y = top - p.y() * height;
            overflow.addAll(drawBlock(b, block, notes.get(block), x, y, p.w() * flow.width(), p.h() * height, size));
        }
        flow.gap(height + 4);
        flow.paragraph(b.knowledge().canvasCredit(b.language()), TextStyle.MUTED);
        if (!overflow.isEmpty()) {
            flow.newPage();
            flow.heading(b.text("canvas.continued"));
            TableWriter table = flow.table(List.of(Column.left(b.text("column.block"), 1.5f),
                    Column.left(b.text("column.note"), 6f), Column.left(b.text("column.evidence"), 1.2f)));
            for (CanvasNote n : overflow) {
                table.row(List.of(Cell.of(b.label(n.block())), Cell.of(n.text()), Cell.of(b.label(n.evidence()))));
            }
        }
    }

    private static boolean allFit(Briefing b, Map<CanvasBlock, List<CanvasNote>> notes, float top, float height,
                                  float size) {
        PageFlow flow = b.flow();
        for (CanvasBlock block : CanvasBlock.values()) {
            Place p = POSTER.get(block);
            float room = p.h() * height - titleHeight() - PAD;
            float width = p.w() * flow.width() - 2 * PAD;
            float used = 0;
            for (CanvasNote n : notes.get(block)) {
                used += noteHeight(b, n, width, size) + NOTE_GAP;
            }
            if (used > room) {
                return false;
            }
        }
        return true;
    }

    private static float titleHeight() {
        return TITLE.leading() + PAD + 2;
    }

    /** Draws a block with the notes that fit; returns the notes that did not. */
    private static List<CanvasNote> drawBlock(Briefing b, CanvasBlock block, List<CanvasNote> notes, float x,
                                              float top, float w, float h, float size) {
        PageFlow flow = b.flow();
        flow.stroke(x, top - h, w, h, Palette.RULE, 0.8f);
        flow.text(flow.printable(b.label(block)), x + PAD, top - PAD - TITLE.ascent(), TITLE);
        float y = top - titleHeight();
        float bottom = top - h + PAD;
        float width = w - 2 * PAD;
        if (notes.isEmpty()) {
            TextStyle grey = new TextStyle(size, false, Palette.MUTED);
            for (String question : b.knowledge().guidingQuestions(b.language(), block)) {
                for (String line : flow.lines(question, grey, width)) {
                    if (y - grey.leading() < bottom) {
                        return List.of();
                    }
                    flow.text(line, x + PAD, y - grey.ascent(), grey);
                    y -= grey.leading();
                }
                y -= 2;
            }
            return List.of();
        }
        List<CanvasNote> left = new ArrayList<>();
        for (CanvasNote n : notes) {
            float nh = noteHeight(b, n, width, size);
            if (!left.isEmpty() || y - nh < bottom) {
                left.add(n);
                continue;
            }
            drawNote(b, n, x + PAD, y, width, nh, size);
            y -= nh + NOTE_GAP;
        }
        if (!left.isEmpty()) {
            TextStyle more = new TextStyle(size, true, Palette.CRITICAL_TEXT);
            flow.text(flow.printable(b.text("canvas.more", left.size())), x + PAD, top - h + 3, more);
        }
        return left;
    }

    private static float noteHeight(Briefing b, CanvasNote n, float width, float size) {
        TextStyle text = new TextStyle(size, false, Palette.INK);
        TextStyle evidence = new TextStyle(size - 1, false, Palette.MUTED);
        return b.flow().lines(n.text(), text, width - 2 * PAD).size() * text.leading() + evidence.leading() + 2 * 2;
    }

    private static void drawNote(Briefing b, CanvasNote n, float x, float top, float width, float height, float size) {
        PageFlow flow = b.flow();
        TextStyle text = new TextStyle(size, false, Palette.INK);
        TextStyle evidence = new TextStyle(size - 1, false, Palette.MUTED);
        flow.fill(x, top - height, width, height, noteColour(n.color()));
        float y = top - 2;
        for (String line : flow.lines(n.text(), text, width - 2 * PAD)) {
            flow.text(line, x + PAD, y - text.ascent(), text);
            y -= text.leading();
        }
        flow.text(flow.printable(b.label(n.evidence())), x + PAD, y - evidence.ascent(), evidence);
    }

    private static Color noteColour(NoteColor color) {
        return switch (color) {
            case YELLOW -> new Color(0xfff4b8);
            case BLUE -> new Color(0xdcebfc);
            case GREEN -> new Color(0xdcf2dc);
            case PINK -> new Color(0xfde0ea);
            case ORANGE -> new Color(0xffe6cc);
            case PURPLE -> new Color(0xebe2fb);
        };
    }
}
