package org.aiventure.workbook.scoring;

import java.math.BigDecimal;

/** The band of a risk score (scoring.md); the heat map colours its cells with the same function. */
public enum Band {
    LOW, MEDIUM, HIGH, CRITICAL;

    private static final BigDecimal MEDIUM_FROM = BigDecimal.valueOf(5);
    private static final BigDecimal HIGH_FROM = BigDecimal.valueOf(10);
    private static final BigDecimal CRITICAL_FROM = BigDecimal.valueOf(17);

    /** LOW below 5, MEDIUM below 10, HIGH below 17, CRITICAL from 17. */
    public static Band of(BigDecimal score) {
        if (score.compareTo(MEDIUM_FROM) < 0) {
            return LOW;
        } else if (score.compareTo(HIGH_FROM) < 0) {
            return MEDIUM;
        } else if (score.compareTo(CRITICAL_FROM) < 0) {
            return HIGH;
        }
        return CRITICAL;
    }

    public static Band of(int score) {
        return of(BigDecimal.valueOf(score));
    }

    /** Whether this band is {@code other} or worse. */
    public boolean atLeast(Band other) {
        return compareTo(other) >= 0;
    }

    /** The band's name in a sentence ("a high risk"); bands belong to the formula, so their words are in the bundles. */
    Arg phrase() {
        return Arg.phrase("finding.band." + name());
    }

    /** The finding severity of the same name, for rules whose severity is a band. */
    public Severity severity() {
        return Severity.valueOf(name());
    }
}
