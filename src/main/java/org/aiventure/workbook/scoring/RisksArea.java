package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.knowledge.ControlGroup;

/** RISKS = 100 × (0.3·C + 0.3·K + 0.3·T + 0.1·O). */
final class RisksArea implements AreaFormula {

    /** h of the T term keeps six decimals: the second of scoring.md's three roundings. */
    private static final int H_SCALE = 6;

    @Override
    public Area area() {
        return Area.RISKS;
    }

    @Override
    public BigDecimal weight() {
        return new BigDecimal("0.40");
    }

    @Override
    public AreaScore score(ProjectFacts f) {
        return AreaScore.of(Area.RISKS, categories(f), controls(f), treatment(f), ownership(f));
    }

    private static Term categories(ProjectFacts f) {
        long covered = f.requiredCategories.stream().filter(f.byCategory::containsKey).count();
        return Term.of(TermName.C, "0.3", covered, f.requiredCategories.size(), Fraction.ONE);
    }

    private static Term controls(ProjectFacts f) {
        BigDecimal credits = BigDecimal.ZERO;
        int groups = 0;
        for (Map.Entry<RiskCategory, List<ControlGroup>> e : f.requiredGroups.entrySet()) {
            CategoryRisks risks = f.byCategory.get(e.getKey());
            for (ControlGroup g : e.getValue()) {
                groups++;
                if (risks != null) {
                    credits = credits.add(best(risks, g));
                }
            }
        }
        return Term.of(TermName.K, "0.3", credits, BigDecimal.valueOf(groups), Fraction.ONE);
    }

    private static BigDecimal best(CategoryRisks risks, ControlGroup group) {
        BigDecimal best = BigDecimal.ZERO;
        for (String control : group.controls()) {
            BigDecimal credit = risks.bestCredit(control);
            if (credit != null && credit.compareTo(best) > 0) {
                best = credit;
            }
        }
        return best;
    }

    /** Σ inherent·h / Σ inherent; the sum of six-decimal products is exact, the one division is the Fraction. */
    private static Term treatment(ProjectFacts f) {
        BigDecimal appetite = BigDecimal.valueOf(f.appetite());
        BigDecimal weighted = BigDecimal.ZERO.setScale(H_SCALE);
        long inherent = 0;
        // a residual has one decimal in 0-25, so a big register repeats the same few hundred divisions
        Map<BigDecimal, BigDecimal> hOf = new HashMap<>();
        for (OpenRisk o : f.open) {
            int i = o.score().inherent();
            inherent += i;
            BigDecimal residual = o.score().residual();
            BigDecimal h = residual.compareTo(appetite) <= 0 || o.validAcceptance() ? BigDecimal.ONE
                    : hOf.computeIfAbsent(residual, r -> h(r, false, f.appetite()));
            weighted = weighted.add(h.multiply(BigDecimal.valueOf(i)));
        }
        return Term.of(TermName.T, "0.3", weighted, BigDecimal.valueOf(inherent), Fraction.ONE);
    }

    /** A risk's h in the T term: 1 when its residual is within appetite or it is validly accepted. */
    static BigDecimal h(BigDecimal residual, boolean validAcceptance, int appetite) {
        BigDecimal limit = BigDecimal.valueOf(appetite);
        return residual.compareTo(limit) <= 0 || validAcceptance ? BigDecimal.ONE
                : limit.divide(residual, H_SCALE, RoundingMode.HALF_UP);
    }

    private static Term ownership(ProjectFacts f) {
        long owned = f.open.stream().filter(OpenRisk::ownerInPlace).count();
        return Term.of(TermName.O, "0.1", owned, f.open.size(), Fraction.ONE);
    }
}
