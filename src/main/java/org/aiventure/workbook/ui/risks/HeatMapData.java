package org.aiventure.workbook.ui.risks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.scoring.RiskScore;

/**
 * What the heat map shows: per cell, how many risks sit there and how many of them fall in each residual
 * band. Immutable; the view model builds a new one whenever the rows or the filters change.
 */
public final class HeatMapData {

    /** No risks at all. */
    public static final HeatMapData EMPTY = new Builder().build();

    private final int[][] counts;
    private final int[][][] residual;

    private HeatMapData(int[][] counts, int[][][] residual) {
        this.counts = counts;
        this.residual = residual;
    }

    /**
     * Every risk where its likelihood and impact put it, with its residual band from {@code scores} (the
     * assessment's risks): the unfiltered map another page (the dashboard) shows.
     */
    public static HeatMapData of(List<Risk> risks, List<RiskScore> scores) {
        Map<UUID, RiskScore> byId = scores.stream().collect(Collectors.toMap(RiskScore::id, Function.identity()));
        Builder counts = new Builder();
        for (Risk risk : risks) {
            RiskScore score = byId.get(risk.id());
            if (score != null) {
                counts.add(risk.likelihood(), risk.impact(), score.residualBand());
            }
        }
        return counts.build();
    }

    /** How many risks have this likelihood and impact. */
    public int count(HeatCell cell) {
        return counts[cell.likelihood() - 1][cell.impact() - 1];
    }

    /** How many of the cell's risks fall in each residual band (bands without any are left out). */
    public Map<Band, Integer> residualBands(HeatCell cell) {
        Map<Band, Integer> out = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            int n = residual[cell.likelihood() - 1][cell.impact() - 1][b.ordinal()];
            if (n > 0) {
                out.put(b, n);
            }
        }
        return out;
    }

    /** The worst residual band of the cell's risks, or null for an empty cell. */
    public Band worstResidual(HeatCell cell) {
        Band worst = null;
        for (Band b : residualBands(cell).keySet()) {
            worst = b;
        }
        return worst;
    }

    /** Collects risks one by one. */
    static final class Builder {
        private final int[][] counts = new int[5][5];
        private final int[][][] residual = new int[5][5][Band.values().length];

        void add(int likelihood, int impact, Band residualBand) {
            counts[likelihood - 1][impact - 1]++;
            residual[likelihood - 1][impact - 1][residualBand.ordinal()]++;
        }

        HeatMapData build() {
            return new HeatMapData(counts, residual);
        }
    }
}
