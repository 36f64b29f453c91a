package org.aiventure.workbook.scoring;

import org.aiventure.workbook.domain.Area;

/** The terms of scoring.md's area formulas, each with the symbol the spec writes and the area it feeds. */
public enum TermName {
    /** Required categories that have an OPEN risk. */
    C("C", Area.RISKS),
    /** Best mitigation credit per required control group. */
    K("K", Area.RISKS),
    /** Treatment: Σ inherent·h over Σ inherent of OPEN risks. */
    T("T", Area.RISKS),
    /** OPEN risks whose owner is in place. */
    O("O", Area.RISKS),
    /** Best team credit per required role. */
    R("R", Area.TEAM),
    /** Founder practices done. */
    P("P", Area.TEAM),
    /** Canvas weight of non-empty blocks. */
    F("F", Area.CANVAS),
    /** Evidence credit of canvas notes. */
    E("E", Area.CANVAS),
    /** Seed opportunity categories present in the analysis. */
    OP("Op", Area.ANALYSIS),
    /** Seed challenge categories present in the analysis. */
    CH("Ch", Area.ANALYSIS),
    /** High-impact challenges linked to an OPEN risk. */
    L("L", Area.ANALYSIS);

    private final String symbol;
    private final Area area;

    TermName(String symbol, Area area) {
        this.symbol = symbol;
        this.area = area;
    }

    public String symbol() {
        return symbol;
    }

    public Area area() {
        return area;
    }
}
