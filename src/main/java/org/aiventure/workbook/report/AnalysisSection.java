package org.aiventure.workbook.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Risk;

/**
 * Opportunities and challenges: the impact × likelihood matrix with each item's badge ("O2", "C1", numbered
 * within its kind in file order, as the app badges them) and the list of items with their notes and the risks
 * they link to.
 */
final class AnalysisSection implements BriefingSection {

    private static final TextStyle AXIS = new TextStyle(7.5f, false, Palette.MUTED);
    private static final TextStyle BADGES = new TextStyle(7f, true, Palette.INK);
    private static final float CELL = 64;

    @Override
    public void write(Briefing b) {
        PageFlow flow = b.flow();
        b.start("analysis", false);
        List<AnalysisItem> items = b.project().analysis();
        if (items.isEmpty()) {
            flow.paragraph(b.text("analysis.empty"), TextStyle.BODY);
            return;
        }
        Map<UUID, String> badges = badges(b, items);
        matrix(b, items, badges);
        flow.gap(12);
        flow.heading(b.text("analysis.list"));
        Map<UUID, String> codes = b.project().risks().stream()
                .collect(Collectors.toMap(Risk::id, Risk::code, (x, y) -> x, HashMap::new));
        TableWriter table = flow.table(List.of(Column.left(b.text("column.badge"), 0.6f),
                Column.left(b.text("column.category"), 1.6f), Column.left(b.text("column.item"), 5f),
                Column.centred(b.text("column.impact"), 0.8f), Column.centred(b.text("column.likelihood"), 0.9f),
                Column.left(b.text("column.linkedRisks"), 1.2f)));
        for (AnalysisItem item : items) {
            List<Para> text = new ArrayList<>();
            text.add(new Para(item.title(), TextStyle.TABLE_BOLD));
            if (!item.notes().isBlank()) {
                text.add(new Para(item.notes(), TextStyle.TABLE));
            }
            String linked = item.linkedRiskIds().isEmpty() ? b.text("none")
                    : item.linkedRiskIds().stream().map(codes::get).collect(Collectors.joining(b.text("listSeparator")));
            table.row(List.of(Cell.of(badges.get(item.id()), TextStyle.TABLE_BOLD),
                    Cell.of(new Para(b.label(item.kind()), TextStyle.TABLE_MUTED),
                            new Para(b.label((Enum<?>) item.category()), TextStyle.TABLE)),
                    new Cell(text, null), Cell.of(Integer.toString(item.impact())),
                    Cell.of(Integer.toString(item.likelihood())), Cell.of(linked)));
        }
    }

    private static Map<UUID, String> badges(Briefing b, List<AnalysisItem> items) {
        Map<UUID, String> badges = new HashMap<>();
        int opportunities = 0;
        int challenges = 0;
        for (AnalysisItem item : items) {
            int n = item.kind() == AnalysisKind.OPPORTUNITY ? ++opportunities : ++challenges;
            badges.put(item.id(), b.message("analysis.badge." + item.kind().name(), n));
        }
        return badges;
    }

    /** Impact up, likelihood across; a cell lists its items' badges, opportunities first. */
    private static void matrix(Briefing b, List<AnalysisItem> items, Map<UUID, String> badges) {
        PageFlow flow = b.flow();
        Map<Integer, List<String>> cells = new HashMap<>();
        for (AnalysisKind kind : AnalysisKind.values()) {
            for (AnalysisItem item : items) {
                if (item.kind() == kind) {
                    cells.computeIfAbsent(item.impact() * 10 + item.likelihood(), k -> new ArrayList<>())
                            .add(badges.get(item.id()));
                }
            }
        }
        float cell = Math.min(CELL, (flow.width() - 20) / 5);
        float axis = 20;
        float height = 5 * cell + 30;
        flow.gap(14);
        float top = flow.reserve(height);
        float left = flow.left() + axis;
        for (int impact = 5; impact >= 1; impact--) {
            float y = top - (5 - impact) * cell;
            flow.centredText(Integer.toString(impact), flow.left() + axis / 2, y - cell / 2 - 3, AXIS);
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                float x = left + (likelihood - 1) * cell;
                List<String> here = cells.getOrDefault(impact * 10 + likelihood, List.of());
                flow.fill(x + 1, y - cell + 1, cell - 2, cell - 2,
                        here.isEmpty() ? Palette.EMPTY_CELL : Palette.ACCENT_LIGHT);
                cellText(flow, here, b.text("analysis.cellCount", here.size()), x + 4, y - 4, cell - 8);
            }
        }
        float bottom = top - 5 * cell;
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            flow.centredText(Integer.toString(likelihood), left + (likelihood - 0.5f) * cell, bottom - 9, AXIS);
        }
        flow.centredText(b.text("column.likelihood"), left + 2.5f * cell, bottom - 20, AXIS);
        flow.text(flow.printable(b.text("column.impact")), flow.left(), top + 3, AXIS);
        legend(b, left + 5 * cell + 16, top, flow.right() - (left + 5 * cell + 16));
    }

    /**
     * The badges of one cell; a crowded cell shrinks its text rather than spill over, and a cell too crowded
     * even then shows how many items it holds (the list below names every one).
     */
    private static void cellText(PageFlow flow, List<String> badges, String count, float x, float top, float width) {
        TextStyle style = BADGES;
        List<String> lines = flow.lines(String.join(" ", badges), style, width);
        while (lines.size() * style.leading() > width && style.size() > 4f) {
            style = style.withSize(style.size() - 0.5f);
            lines = flow.lines(String.join(" ", badges), style, width);
        }
        if (lines.size() * style.leading() > width) {
            style = BADGES;
            lines = flow.lines(count, style, width);
        }
        float y = top;
        for (String line : lines) {
            flow.text(line, x, y - style.ascent(), style);
            y -= style.leading();
        }
    }

    private static void legend(Briefing b, float x, float top, float width) {
        if (width < 60) {
            return;
        }
        PageFlow flow = b.flow();
        float y = top;
        for (String line : flow.lines(b.text("analysis.legend"), TextStyle.SMALL, width)) {
            flow.text(line, x, y - TextStyle.SMALL.ascent(), TextStyle.MUTED);
            y -= TextStyle.SMALL.leading();
        }
    }
}
