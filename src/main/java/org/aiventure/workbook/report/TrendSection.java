package org.aiventure.workbook.report;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Snapshot;

/**
 * The readiness over time, when the founder has recorded snapshots: a line chart and a table of the snapshots,
 * each ending with the assessment this briefing prints, so the last point is where the project stands now.
 */
final class TrendSection implements BriefingSection {

    private static final TextStyle AXIS = new TextStyle(7f, false, Palette.MUTED);
    private static final TextStyle POINT = new TextStyle(7.5f, true, Palette.INK);
    private static final float CHART_HEIGHT = 200;

    /** One point of the trend: a snapshot, or the current assessment. */
    private record Point(String date, String label, BigDecimal overall, Map<Area, BigDecimal> areas, boolean now) {
    }

    @Override
    public boolean appliesTo(Briefing b) {
        return !b.project().snapshots().isEmpty();
    }

    @Override
    public void write(Briefing b) {
        PageFlow flow = b.flow();
        b.start("trend", false);
        List<Point> points = new ArrayList<>();
        for (Snapshot s : b.project().snapshots()) {
            points.add(new Point(s.takenAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), s.label(),
                    s.overall(), s.areas(), false));
        }
        points.add(new Point(b.assessment().asOf().toString(), b.text("trend.now"), b.assessment().overall(),
                b.assessment().printedAreas(), true));
        chart(b, points);
        flow.gap(12);
        List<Column> columns = new ArrayList<>(List.of(Column.left(b.text("column.date"), 1.3f),
                Column.left(b.text("column.label"), 2.5f), Column.centred(b.text("column.overall"), 1f)));
        for (Area area : Area.values()) {
            columns.add(Column.centred(b.label(area), 1f));
        }
        TableWriter table = flow.table(columns);
        for (Point p : points) {
            TextStyle style = p.now() ? TextStyle.TABLE_BOLD : TextStyle.TABLE;
            List<Cell> row = new ArrayList<>(List.of(Cell.of(p.date(), style), Cell.of(p.label(), style),
                    Cell.of(p.overall().toPlainString(), TextStyle.TABLE_BOLD)));
            for (Area area : Area.values()) {
                row.add(Cell.of(p.areas().get(area).toPlainString(), style));
            }
            table.row(row);
        }
    }

    /** Overall readiness (0-100 up) against the points in the order they were taken. */
    private static void chart(Briefing b, List<Point> points) {
        PageFlow flow = b.flow();
        float top = flow.reserve(CHART_HEIGHT + 24);
        float left = flow.left() + 24;
        float width = flow.width() - 40;
        float bottom = top - CHART_HEIGHT;
        for (int v = 0; v <= 100; v += 25) {
            float y = bottom + CHART_HEIGHT * v / 100f;
            flow.line(left, y, left + width, y, Palette.RULE, 0.5f);
            flow.text(Integer.toString(v), flow.left(), y - 2.5f, AXIS);
        }
        int n = points.size();
        float[] xs = new float[n];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = left + 30 + (width - 60) * i / (n - 1);
            ys[i] = bottom + CHART_HEIGHT * points.get(i).overall().floatValue() / 100f;
        }
        flow.polyline(xs, ys, Palette.ACCENT, 1.6f);
        int labelEvery = Math.max(1, n / 10);
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            flow.dot(xs[i], ys[i], p.now() ? 3.6f : 2.6f, p.now() ? Palette.grade(b.assessment().grade()) : Palette.ACCENT);
            if (i % labelEvery == 0 || i == n - 1) {
                flow.centredText(p.overall().toPlainString(), xs[i], ys[i] + 7, POINT);
                flow.centredText(p.now() ? p.label() : p.date(), xs[i], bottom - 12, AXIS);
            }
        }
    }
}
