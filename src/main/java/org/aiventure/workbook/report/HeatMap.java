package org.aiventure.workbook.report;

import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.scoring.RiskScore;

/**
 * A 5 × 5 heat map as the Risks page draws it: likelihood across, impact up, each cell counting the risks
 * there. Inherent: coloured by the band of likelihood × impact. Residual: coloured by the worst residual band
 * of the cell's risks. A coloured cell always names its band too, so the map reads in grey.
 */
final class HeatMap {

    private static final TextStyle COUNT = new TextStyle(10f, true, Palette.INK);
    private static final TextStyle BAND = new TextStyle(6f, false, Palette.INK);
    private static final TextStyle AXIS = new TextStyle(7.5f, false, Palette.MUTED);
    private static final TextStyle TITLE = new TextStyle(9.5f, true, Palette.INK);

    private HeatMap() {
    }

    /** Draws the map in a box {@code size} wide whose top is at {@code top}; returns the height used. */
    static float draw(Briefing b, float left, float top, float size, boolean residual) {
        PageFlow flow = b.flow();
        int[][] counts = new int[5][5];
        Band[][] worst = new Band[5][5];
        for (Risk risk : b.project().risks()) {
            RiskScore score = b.score(risk);
            int l = risk.likelihood() - 1;
            int i = risk.impact() - 1;
            counts[l][i]++;
            if (worst[l][i] == null || score.residualBand().compareTo(worst[l][i]) > 0) {
                worst[l][i] = score.residualBand();
            }
        }
        String title = b.message(residual ? "risks.map.residual" : "risks.map.inherent");
        flow.text(flow.printable(title), left, top - 10, TITLE);
        float axis = 16;
        float cell = (size - axis) / 5;
        float gridTop = top - 28;
        float gridLeft = left + axis;
        for (int impact = 5; impact >= 1; impact--) {
            float y = gridTop - (5 - impact) * cell;
            flow.centredText(Integer.toString(impact), left + axis / 2, y - cell / 2 - 3, AXIS);
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                float x = gridLeft + (likelihood - 1) * cell;
                int n = counts[likelihood - 1][impact - 1];
                Band band = residual ? worst[likelihood - 1][impact - 1] : Band.of(likelihood * impact);
                boolean coloured = band != null && (n > 0 || !residual);
                flow.fill(x + 1, y - cell + 1, cell - 2, cell - 2,
                        coloured ? lighter(band, n > 0) : Palette.EMPTY_CELL);
                if (n > 0) {
                    java.awt.Color ink = Palette.onBand(band);
                    flow.centredText(Integer.toString(n), x + cell / 2, y - cell / 2, COUNT.withColor(ink));
                    flow.centredText(b.message("risks.band.short." + band.name()), x + cell / 2,
                            y - cell / 2 - 10, BAND.withColor(ink));
                }
            }
        }
        float bottom = gridTop - 5 * cell;
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            flow.centredText(Integer.toString(likelihood), gridLeft + (likelihood - 0.5f) * cell, bottom - 9, AXIS);
        }
        flow.centredText(b.message("risks.map.likelihood"), gridLeft + 2.5f * cell, bottom - 19, AXIS);
        flow.text(flow.printable(b.message("risks.map.impact")), left, gridTop + 3, AXIS);
        return top - (bottom - 22);
    }

    /** Full colour where risks sit; a pale tint of the band where none do, so the grid still shows its bands. */
    private static java.awt.Color lighter(Band band, boolean occupied) {
        java.awt.Color c = Palette.band(band);
        if (occupied) {
            return c;
        }
        return new java.awt.Color(255 - (255 - c.getRed()) / 5, 255 - (255 - c.getGreen()) / 5,
                255 - (255 - c.getBlue()) / 5);
    }
}
