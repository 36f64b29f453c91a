package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.knowledge.GuideItem;
import org.aiventure.workbook.knowledge.GuideSection;

/**
 * ANALYSIS = 100 × (0.4·Op + 0.3·Ch + 0.3·L). The categories Op and Ch count are the seed's own (guide
 * §6, read from the knowledge base): three opportunities and four challenges.
 */
final class AnalysisArea implements AreaFormula {

    @Override
    public Area area() {
        return Area.ANALYSIS;
    }

    @Override
    public BigDecimal weight() {
        return new BigDecimal("0.15");
    }

    @Override
    public AreaScore score(ProjectFacts f) {
        Set<AnalysisCategory> seed = new HashSet<>();
        for (GuideSection s : f.kb.guide().sections()) {
            if (s.itemKind() == GuideSection.ItemKind.ANALYSIS) {
                for (GuideItem item : s.items()) {
                    seed.add(AnalysisCategory.of(item.key()));
                }
            }
        }
        Set<AnalysisCategory> present = new HashSet<>();
        for (AnalysisItem a : f.project.analysis()) {
            if (seed.contains(a.category())) {
                present.add(a.category());
            }
        }
        long linked = f.highImpactChallenges.stream().filter(f::linksOpenRisk).count();
        return AreaScore.of(Area.ANALYSIS,
                Term.of(TermName.OP, "0.4", count(present, AnalysisKind.OPPORTUNITY),
                        count(seed, AnalysisKind.OPPORTUNITY), Fraction.ZERO),
                Term.of(TermName.CH, "0.3", count(present, AnalysisKind.CHALLENGE),
                        count(seed, AnalysisKind.CHALLENGE), Fraction.ZERO),
                Term.of(TermName.L, "0.3", linked, f.highImpactChallenges.size(), Fraction.ONE));
    }

    private static long count(Set<AnalysisCategory> categories, AnalysisKind kind) {
        return categories.stream().filter(c -> c.kind() == kind).count();
    }
}
