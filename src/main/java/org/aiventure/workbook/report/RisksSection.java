package org.aiventure.workbook.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.scoring.RiskScore;

/**
 * The risks: inherent and residual heat maps side by side, the top open risks by residual score, then the full
 * register in file order with descriptions and mitigations, a table that runs over as many pages as it needs.
 */
final class RisksSection implements BriefingSection {

    private static final int TOP = 10;

    @Override
    public void write(Briefing b) {
        PageFlow flow = b.flow();
        b.start("risks", false);
        flow.paragraph(b.text("risks.intro", b.project().risks().size(), b.project().riskAppetite()),
                TextStyle.BODY);
        flow.gap(8);
        float size = (flow.width() - 40) / 2;
        float top = flow.y();
        flow.ensure(size + 30);
        top = flow.y();
        float used = HeatMap.draw(b, flow.left(), top, size, false);
        HeatMap.draw(b, flow.left() + size + 40, top, size, true);
        flow.gap(used + 10);
        topRisks(b);
        flow.gap(10);
        flow.heading(b.text("risks.register"));
        register(b);
    }

    private static void topRisks(Briefing b) {
        PageFlow flow = b.flow();
        flow.heading(b.text("risks.top", TOP));
        List<Risk> open = b.project().risks().stream().filter(Risk::isOpen)
                .sorted(Comparator.comparing((Risk r) -> b.score(r).residual()).reversed()
                        .thenComparing(Comparator.comparingInt(Risk::inherent).reversed())
                        .thenComparing(Risk::code))
                .limit(TOP).toList();
        if (open.isEmpty()) {
            flow.paragraph(b.text("risks.noneOpen"), TextStyle.BODY);
            return;
        }
        TableWriter table = flow.table(List.of(Column.left(b.message("risks.column.code"), 0.8f),
                Column.left(b.message("risks.column.title"), 4f), Column.left(b.message("risks.column.category"), 1.6f),
                Column.centred(b.message("risks.column.score"), 1f), Column.centred(b.message("risks.column.residual"), 1f),
                Column.left(b.message("risks.column.owner"), 1.8f)));
        for (Risk r : open) {
            RiskScore s = b.score(r);
            table.row(List.of(Cell.of(r.code(), TextStyle.TABLE_BOLD), Cell.of(r.title()), Cell.of(b.label(r.category())),
                    scoreCell(b, Integer.toString(s.inherent()), s.band()),
                    scoreCell(b, s.residual().toPlainString(), s.residualBand()), Cell.of(b.owner(r))));
        }
    }

    private static void register(Briefing b) {
        PageFlow flow = b.flow();
        if (b.project().risks().isEmpty()) {
            flow.paragraph(b.text("risks.empty"), TextStyle.BODY);
            return;
        }
        TableWriter table = flow.table(List.of(Column.left(b.message("risks.column.code"), 0.75f),
                Column.left(b.text("column.risk"), 3.8f), Column.left(b.text("column.categoryOwner"), 1.6f),
                Column.centred(b.message("risks.column.score"), 1.15f),
                Column.centred(b.message("risks.column.residual"), 1.15f),
                Column.left(b.text("column.treatment"), 1.5f), Column.left(b.text("column.mitigations"), 3.2f)));
        for (Risk r : b.project().risks()) {
            RiskScore s = b.score(r);
            List<Para> risk = new ArrayList<>();
            risk.add(new Para(r.title(), TextStyle.TABLE_BOLD));
            if (!r.description().isBlank()) {
                risk.add(new Para(r.description(), TextStyle.TABLE));
            }
            table.row(List.of(Cell.of(r.code(), TextStyle.TABLE_BOLD), new Cell(risk, null),
                    Cell.of(new Para(b.label(r.category()), TextStyle.TABLE),
                            new Para(b.owner(r), TextStyle.TABLE_MUTED)),
                    scoreCell(b, b.text("risks.inherent", r.likelihood(), r.impact(), s.inherent()), s.band()),
                    scoreCell(b, s.residual().toPlainString(), s.residualBand()),
                    new Cell(treatment(b, r), null), new Cell(mitigations(b, r), null)));
        }
    }

    private static Cell scoreCell(Briefing b, String score, org.aiventure.workbook.scoring.Band band) {
        java.awt.Color ink = Palette.onBand(band);
        return new Cell(List.of(new Para(score, TextStyle.TABLE_BOLD.withColor(ink)),
                new Para(b.band(band), TextStyle.TABLE.withColor(ink))), Palette.band(band));
    }

    private static List<Para> treatment(Briefing b, Risk r) {
        List<Para> paras = new ArrayList<>();
        paras.add(new Para(b.label(r.treatment()), TextStyle.TABLE));
        paras.add(new Para(b.label(r.status()), TextStyle.TABLE_MUTED));
        if (r.reviewBy() != null) {
            paras.add(new Para(b.text("risks.reviewBy", r.reviewBy().toString()), TextStyle.TABLE_MUTED));
        }
        Acceptance acceptance = r.acceptance();
        if (acceptance != null) {
            paras.add(new Para(b.text("risks.accepted", acceptance.rationale()), TextStyle.TABLE));
            if (acceptance.expires() != null) {
                paras.add(new Para(b.text("risks.acceptedUntil", acceptance.expires().toString()),
                        TextStyle.TABLE_MUTED));
            }
        }
        return paras;
    }

    private static List<Para> mitigations(Briefing b, Risk r) {
        List<Para> paras = new ArrayList<>();
        if (r.mitigations().isEmpty()) {
            paras.add(new Para(b.text("risks.noMitigations"), TextStyle.TABLE_MUTED));
        }
        for (Mitigation m : r.mitigations()) {
            paras.add(new Para(b.text("risks.mitigation", m.title(), b.label(m.state()), m.effectiveness()),
                    TextStyle.TABLE));
        }
        return paras;
    }
}
