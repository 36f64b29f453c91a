package org.aiventure.workbook.report;

import java.awt.Color;

import org.aiventure.workbook.scoring.Assessment;

/** The readiness gauge: a half ring filled to the overall score in the grade's colour, the score and grade inside. */
final class Gauge {

    private static final Color TRACK = new Color(0xe3e8ee);
    private static final TextStyle SCORE = new TextStyle(24f, true, Palette.INK);
    private static final TextStyle CAPTION = new TextStyle(9f, false, Palette.MUTED);
    private static final TextStyle GRADE = new TextStyle(11f, true, Palette.PAPER);
    private static final int STEPS = 72;

    private Gauge() {
    }

    static void draw(Briefing b, float cx, float cy, float radius) {
        PageFlow flow = b.flow();
        Assessment a = b.assessment();
        float ring = radius * 0.2f;
        arc(flow, cx, cy, radius, 1f, TRACK, ring);
        float share = Math.max(0f, Math.min(1f, a.overall().floatValue() / 100f));
        if (share > 0) {
            arc(flow, cx, cy, radius, share, Palette.grade(a.grade()), ring);
        }
        flow.centredText(a.overall().toPlainString(), cx, cy + 8, SCORE);
        flow.centredText(b.text("cover.readiness"), cx, cy - 8, CAPTION);
        String grade = flow.printable(b.text("cover.grade", a.grade().name()));
        float w = flow.textWidth(grade, GRADE) + 16;
        flow.fill(cx - w / 2, cy - radius * 0.5f - 14, w, 18, Palette.grade(a.grade()));
        flow.centredText(grade, cx, cy - radius * 0.5f - 9, GRADE);
        flow.centredText("0", cx - radius, cy - ring - 4, CAPTION);
        flow.centredText("100", cx + radius, cy - ring - 4, CAPTION);
    }

    /** The left part of a half ring, from the left end clockwise, {@code share} of the way to the right end. */
    private static void arc(PageFlow flow, float cx, float cy, float radius, float share, Color color, float width) {
        int steps = Math.max(2, Math.round(STEPS * share));
        float[] xs = new float[steps + 1];
        float[] ys = new float[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double angle = Math.PI - Math.PI * share * i / steps;
            xs[i] = cx + (float) (radius * Math.cos(angle));
            ys[i] = cy + (float) (radius * Math.sin(angle));
        }
        flow.polyline(xs, ys, color, width);
    }
}
