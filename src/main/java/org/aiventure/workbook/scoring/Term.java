package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One term of an area formula, kept so a screen can explain a score ("C = 6/7 categories"). {@code value} is
 * {@code numerator / denominator} exactly; when there is nothing to count ({@code denominator} 0, e.g. no
 * required category) it is the spec's stated default, 1 for most terms and 0 for E. {@code weight} is the
 * term's factor in its area (0.3 for C).
 */
public record Term(TermName name, BigDecimal weight, BigDecimal numerator, BigDecimal denominator, Fraction value) {

    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(value, "value");
    }

    /** {@code numerator / denominator}, or {@code whenNone} when the denominator is 0. */
    static Term of(TermName name, String weight, BigDecimal numerator, BigDecimal denominator, Fraction whenNone) {
        Fraction value = denominator.signum() == 0 ? whenNone : Fraction.of(numerator, denominator);
        return new Term(name, new BigDecimal(weight), numerator, denominator, value);
    }

    static Term of(TermName name, String weight, long numerator, long denominator, Fraction whenNone) {
        return of(name, weight, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), whenNone);
    }

    /** weight × value, this term's share of its area (before the factor 100). */
    Fraction contribution() {
        return Fraction.of(weight).multiply(value);
    }
}
