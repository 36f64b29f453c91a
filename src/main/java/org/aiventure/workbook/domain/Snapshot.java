package org.aiventure.workbook.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** The scores of a project at a moment, kept to draw its readiness over time. */
public record Snapshot(UUID id, Instant takenAt, String label, String formula, BigDecimal overall,
                       Map<Area, BigDecimal> areas) {
    public Snapshot {
        Checks.present("snapshot id", id);
        Checks.present("snapshot time", takenAt);
        Checks.text("snapshot label", label, 0, Limits.LABEL);
        Checks.text("snapshot formula", formula, 1, Limits.FORMULA);
        score("overall", overall);
        Checks.present("snapshot areas", areas);
        EnumMap<Area, BigDecimal> copy = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            copy.put(area, score(area.name(), areas.get(area)));
        }
        if (areas.size() != copy.size()) {
            throw new DomainException("domain.error.snapshotAreas");
        }
        areas = java.util.Collections.unmodifiableMap(copy);
    }

    private static BigDecimal score(String field, BigDecimal value) {
        Checks.present(field, value);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("domain.error.score", field, value.toPlainString());
        }
        return value;
    }
}
