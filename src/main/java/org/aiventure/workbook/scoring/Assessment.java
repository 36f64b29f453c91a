package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aiventure.workbook.domain.Area;

/**
 * Everything scoring.md computes for a project on a date: each risk's scores in file order, the findings in
 * the spec's order, the four areas with the terms that make them, and the overall readiness. Every screen,
 * the CLI's JSON and the PDF show this and nothing else, so they cannot disagree.
 */
public record Assessment(String formula, LocalDate asOf, int appetite, List<RiskScore> risks,
                         List<Finding> findings, Map<Area, AreaScore> areas, Fraction overallExact,
                         BigDecimal overall, Grade grade) {

    /** The name of this formula, written into JSON output and snapshots. */
    public static final String FORMULA = "scoring-v1";

    public Assessment {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(asOf, "asOf");
        risks = List.copyOf(risks);
        findings = List.copyOf(findings);
        EnumMap<Area, AreaScore> copy = new EnumMap<>(Area.class);
        copy.putAll(areas);
        if (copy.size() != Area.values().length) {
            throw new IllegalArgumentException("an assessment scores all four areas");
        }
        areas = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(overallExact, "overallExact");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(grade, "grade");
    }

    public AreaScore area(Area area) {
        return areas.get(area);
    }

    /** The four printed area scores (scale 1), in {@link Area} order: what JSON and snapshots hold. */
    public Map<Area, BigDecimal> printedAreas() {
        EnumMap<Area, BigDecimal> printed = new EnumMap<>(Area.class);
        areas.forEach((area, score) -> printed.put(area, score.score()));
        return Collections.unmodifiableMap(printed);
    }
}
