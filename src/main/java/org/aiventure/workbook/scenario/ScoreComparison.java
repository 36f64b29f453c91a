package org.aiventure.workbook.scenario;

import java.math.BigDecimal;
import java.util.Objects;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Snapshot;

/** Two sets of printed scores side by side; a delta is after minus before, exactly as the two print. */
public record ScoreComparison(Scores before, Scores after) {

    public ScoreComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Two snapshots of a project, the earlier one first whichever order they are given in. */
    public static ScoreComparison between(Snapshot one, Snapshot other) {
        boolean inOrder = !other.takenAt().isBefore(one.takenAt());
        return new ScoreComparison(Scores.of(inOrder ? one : other), Scores.of(inOrder ? other : one));
    }

    public BigDecimal overallDelta() {
        return after.overall().subtract(before.overall());
    }

    public BigDecimal delta(Area area) {
        return after.area(area).subtract(before.area(area));
    }

    /** A delta as the views print it: "+2.5", "−1.0", "±0.0", the sign always written. */
    public static String signed(BigDecimal delta) {
        int sign = delta.signum();
        return (sign > 0 ? "+" : sign < 0 ? "−" : "±") + delta.abs().toPlainString();
    }
}
