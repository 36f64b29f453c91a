package org.aiventure.workbook.ui.risks;

/** Which score the heat map colours its cells by (see {@link RiskHeatMap}). */
public enum HeatMapMode {
    INHERENT, RESIDUAL
}
