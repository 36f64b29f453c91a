package org.aiventure.workbook.advice;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.scoring.AreaScore;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.scoring.Fraction;
import org.aiventure.workbook.scoring.Term;
import org.aiventure.workbook.scoring.TermName;

/**
 * How one action moves the counts of scoring.md's terms (numerator and denominator of each), and the printed
 * readiness that follows: the areas it touches are recomputed from their terms exactly as the engine does,
 * the others keep their exact values, so the result is the engine's own rounding of the same rational number.
 */
final class ReadinessDelta {

    private static final Fraction HUNDRED = Fraction.of(100);
    private static final Fraction MINUS_ONE = Fraction.of(-1);

    private final Map<TermName, BigDecimal[]> changes = new EnumMap<>(TermName.class);

    /** Adds to a term's numerator and denominator; zero changes are fine and ignored. */
    ReadinessDelta add(TermName term, BigDecimal numerator, BigDecimal denominator) {
        if (numerator.signum() == 0 && denominator.signum() == 0) {
            return this;
        }
        BigDecimal[] change = changes.computeIfAbsent(term, t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        change[0] = change[0].add(numerator);
        change[1] = change[1].add(denominator);
        return this;
    }

    ReadinessDelta add(TermName term, long numerator, long denominator) {
        return add(term, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** The printed overall readiness after the change, from the assessment before it. */
    BigDecimal readinessAfter(Assessment before) {
        Set<Area> touched = EnumSet.noneOf(Area.class);
        changes.keySet().forEach(t -> touched.add(t.area()));
        Fraction overall = before.overallExact();
        for (Area area : touched) {
            AreaScore score = before.area(area);
            Fraction exact = Fraction.ZERO;
            for (Term t : score.terms()) {
                exact = exact.add(Fraction.of(t.weight()).multiply(value(t)));
            }
            Fraction change = exact.multiply(HUNDRED).add(score.exact().multiply(MINUS_ONE));
            overall = overall.add(Fraction.of(Assessor.weight(area)).multiply(change));
        }
        return overall.roundHalfUp(1);
    }

    /**
     * The term's value after the change. Actions only add to counts, so a denominator that is still 0 was 0
     * before too, and the term keeps the spec's value for "nothing to count".
     */
    private Fraction value(Term t) {
        BigDecimal[] change = changes.get(t.name());
        if (change == null) {
            return t.value();
        }
        BigDecimal denominator = t.denominator().add(change[1]);
        return denominator.signum() == 0 ? t.value() : Fraction.of(t.numerator().add(change[0]), denominator);
    }
}
