package org.aiventure.workbook.scenario;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.scoring.Assessment;

/**
 * The printed scores of a project at one point: the overall readiness and the four areas, one decimal each.
 * An assessment and a snapshot both reduce to this, so every comparison subtracts the same numbers the
 * dashboard prints.
 */
public record Scores(BigDecimal overall, Map<Area, BigDecimal> areas) {

    public Scores {
        Objects.requireNonNull(overall, "overall");
        EnumMap<Area, BigDecimal> copy = new EnumMap<>(Area.class);
        copy.putAll(areas);
        if (copy.size() != Area.values().length) {
            throw new IllegalArgumentException("scores name all four areas");
        }
        areas = Collections.unmodifiableMap(copy);
    }

    public static Scores of(Assessment assessment) {
        return new Scores(assessment.overall(), assessment.printedAreas());
    }

    public static Scores of(Snapshot snapshot) {
        return new Scores(snapshot.overall(), snapshot.areas());
    }

    public BigDecimal area(Area area) {
        return areas.get(area);
    }
}
