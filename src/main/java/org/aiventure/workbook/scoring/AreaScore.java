package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.Area;

/**
 * An area's score: {@code exact} = 100 × Σ weight·value over its terms, and {@code score}, that value rounded
 * half-up to one decimal (scale 1), the number every screen prints.
 */
public record AreaScore(Area area, List<Term> terms, Fraction exact, BigDecimal score) {

    private static final Fraction HUNDRED = Fraction.of(100);

    public AreaScore {
        Objects.requireNonNull(area, "area");
        terms = List.copyOf(terms);
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(score, "score");
    }

    static AreaScore of(Area area, Term... terms) {
        Fraction sum = Fraction.ZERO;
        for (Term t : terms) {
            sum = sum.add(t.contribution());
        }
        Fraction exact = sum.multiply(HUNDRED);
        return new AreaScore(area, List.of(terms), exact, exact.roundHalfUp(1));
    }

    /** The term of this name; throws {@link IllegalArgumentException} for a term of another area. */
    public Term term(TermName name) {
        return terms.stream().filter(t -> t.name() == name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not a term of " + area));
    }
}
