package org.aiventure.workbook.report;

import java.util.List;

import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.scoring.Assessment;

/**
 * The cover: the project's name, its summary when it fits (the executive summary carries it otherwise), its
 * stage, sectors and markets, the date of the assessment, the readiness gauge with the grade, and the four
 * area scores. Always exactly one page.
 */
final class CoverSection implements BriefingSection {

    private static final TextStyle KICKER = new TextStyle(11f, true, Palette.PAPER);
    private static final TextStyle NAME = new TextStyle(26f, true, Palette.INK);
    private static final TextStyle SUMMARY = new TextStyle(10.5f, false, Palette.INK);
    private static final TextStyle FACT_LABEL = new TextStyle(9f, true, Palette.MUTED);
    private static final TextStyle FACT = new TextStyle(10f, false, Palette.INK);
    private static final TextStyle AREA_SCORE = new TextStyle(16f, true, Palette.ACCENT);
    /** The most room the summary may take on the cover before it moves to the executive summary. */
    private static final float SUMMARY_ROOM = 190;
    /** Below this the name is drawn smaller, so a 200-character name still leaves room for the rest. */
    private static final int NAME_LINES = 3;

    @Override
    public void write(Briefing b) {
        PageFlow flow = b.flow();
        Project project = b.project();
        Assessment a = b.assessment();
        b.startUntitled("cover");
        flow.gap(40);
        float bandTop = flow.y();
        flow.fill(flow.left(), bandTop - 28, flow.width(), 28, Palette.ACCENT);
        flow.text(flow.printable(b.text("cover.kicker")), flow.left() + 10, bandTop - 19, KICKER);
        flow.gap(60);
        TextStyle name = NAME;
        while (flow.lines(project.name(), name, flow.width()).size() > NAME_LINES && name.size() > 14) {
            name = name.withSize(name.size() - 2);
        }
        flow.paragraph(project.name(), name);
        flow.gap(10);
        List<String> summary = flow.lines(project.summary(), SUMMARY, flow.width());
        boolean fits = !project.summary().isBlank() && summary.size() * SUMMARY.leading() <= SUMMARY_ROOM;
        if (fits) {
            flow.paragraph(project.summary(), SUMMARY);
        }
        b.summaryOnCover(fits || project.summary().isBlank());
        flow.gap(18);
        float factsTop = flow.y();
        float factsWidth = flow.width() * 0.5f;
        fact(b, "cover.stage", b.label(project.stage()), factsWidth);
        fact(b, "cover.sectors", b.labels(project.sectors()), factsWidth);
        fact(b, "cover.markets", b.labels(project.markets()), factsWidth);
        fact(b, "cover.asOf", a.asOf().toString(), factsWidth);
        fact(b, "cover.appetite", Integer.toString(project.riskAppetite()), factsWidth);
        float factsBottom = flow.y();
        float gaugeCentreX = flow.left() + flow.width() * 0.78f;
        float gaugeCentreY = factsTop - 110;
        Gauge.draw(b, gaugeCentreX, gaugeCentreY, 78);
        flow.gap(Math.max(0, flow.y() - Math.min(factsBottom, gaugeCentreY - 60)));
        flow.gap(24);
        areaScores(b);
    }

    private static void fact(Briefing b, String key, String value, float width) {
        PageFlow flow = b.flow();
        flow.paragraph(b.text(key), FACT_LABEL, flow.left(), width);
        flow.paragraph(value, FACT, flow.left(), width);
        flow.gap(6);
    }

    private static void areaScores(Briefing b) {
        PageFlow flow = b.flow();
        Area[] areas = Area.values();
        float gap = 10;
        float boxWidth = (flow.width() - gap * (areas.length - 1)) / areas.length;
        float boxHeight = 58;
        float top = flow.reserve(boxHeight);
        for (int i = 0; i < areas.length; i++) {
            float x = flow.left() + i * (boxWidth + gap);
            flow.fill(x, top - boxHeight, boxWidth, boxHeight, Palette.ACCENT_LIGHT);
            flow.centredText(b.label(areas[i]), x + boxWidth / 2, top - 20, TextStyle.SMALL_BOLD);
            flow.centredText(b.assessment().area(areas[i]).score().toPlainString(), x + boxWidth / 2, top - 44,
                    AREA_SCORE);
        }
    }
}
