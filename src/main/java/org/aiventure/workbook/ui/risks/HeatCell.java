package org.aiventure.workbook.ui.risks;

import org.aiventure.workbook.scoring.Band;

/** A cell of the 5×5 heat map: a likelihood (row) and an impact (column), each 1-5. */
public record HeatCell(int likelihood, int impact) {

    public HeatCell {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("no heat-map cell " + likelihood + "×" + impact);
        }
    }

    /** The band of likelihood × impact: the cell's own colour on the inherent map. */
    public Band band() {
        return Band.of(likelihood * impact);
    }
}
