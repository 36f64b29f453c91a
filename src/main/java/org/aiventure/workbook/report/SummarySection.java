package org.aiventure.workbook.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.scoring.AreaScore;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.scoring.Term;

/**
 * The executive summary: the project's summary when the cover had no room for it, each area's score with the
 * terms that make it, the findings counted by severity, and the ten most severe findings with their fixes
 * (the engine's order: severity first).
 */
final class SummarySection implements BriefingSection {

    private static final int MOST_SEVERE = 10;
    private static final TextStyle COUNT = new TextStyle(18f, true, Palette.PAPER);
    private static final TextStyle COUNT_LABEL = new TextStyle(8.5f, true, Palette.PAPER);

    @Override
    public void write(Briefing b) {
        PageFlow flow = b.flow();
        b.start("summary", false);
        if (!b.summaryOnCover()) {
            flow.heading(b.text("summary.project"));
            flow.paragraph(b.project().summary(), TextStyle.BODY);
            flow.gap(8);
        }
        flow.heading(b.text("summary.areas"));
        TableWriter areas = flow.table(List.of(Column.left(b.text("column.area"), 1.3f),
                Column.centred(b.text("column.score"), 0.7f), Column.left(b.text("column.terms"), 6f)));
        for (Area area : Area.values()) {
            AreaScore score = b.assessment().area(area);
            List<Para> terms = new ArrayList<>();
            terms.add(new Para(b.message("cli.score.formula." + area.name(), b.label(area), score.score()),
                    TextStyle.TABLE_MUTED));
            for (Term t : score.terms()) {
                terms.add(new Para(b.text("summary.term", t.name().symbol(), counted(b, t),
                        t.value().roundHalfUp(4).toPlainString(), b.message("term." + t.name().name())),
                        TextStyle.TABLE));
            }
            areas.row(List.of(Cell.of(b.label(area), TextStyle.TABLE_BOLD),
                    Cell.of(score.score().toPlainString(), TextStyle.TABLE_BOLD), new Cell(terms, null)));
        }
        flow.gap(10);
        flow.heading(b.text("summary.counts"));
        severityCounts(b);
        flow.gap(10);
        flow.heading(b.text("summary.top", MOST_SEVERE));
        List<Finding> top = b.assessment().findings().subList(0,
                Math.min(MOST_SEVERE, b.assessment().findings().size()));
        if (top.isEmpty()) {
            flow.paragraph(b.text("findings.none"), TextStyle.BODY);
            return;
        }
        FindingsSection.table(b, top);
    }

    private static String counted(Briefing b, Term t) {
        return t.denominator().signum() == 0 ? b.message("cli.score.term.none")
                : plain(t.numerator()) + "/" + plain(t.denominator());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void severityCounts(Briefing b) {
        PageFlow flow = b.flow();
        Severity[] severities = Severity.values();
        int[] counts = new int[severities.length];
        for (Finding f : b.assessment().findings()) {
            counts[f.severity().ordinal()]++;
        }
        float gap = 10;
        float boxWidth = (flow.width() - gap * (severities.length - 1)) / severities.length;
        float boxHeight = 46;
        float top = flow.reserve(boxHeight);
        for (int i = 0; i < severities.length; i++) {
            float x = flow.left() + i * (boxWidth + gap);
            flow.fill(x, top - boxHeight, boxWidth, boxHeight, Palette.severity(severities[i]));
            org.aiventure.workbook.scoring.Band band = org.aiventure.workbook.scoring.Band.valueOf(severities[i].name());
            flow.centredText(Integer.toString(counts[i]), x + boxWidth / 2, top - 23,
                    COUNT.withColor(Palette.onBand(band)));
            flow.centredText(b.severity(severities[i]), x + boxWidth / 2, top - 38,
                    COUNT_LABEL.withColor(Palette.onBand(band)));
        }
    }
}
