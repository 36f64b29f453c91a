package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;

/** TEAM = 100 × (0.8·R + 0.2·P). */
final class TeamArea implements AreaFormula {

    @Override
    public Area area() {
        return Area.TEAM;
    }

    @Override
    public BigDecimal weight() {
        return new BigDecimal("0.25");
    }

    @Override
    public AreaScore score(ProjectFacts f) {
        BigDecimal credits = BigDecimal.ZERO;
        for (Role role : f.requiredRoles) {
            TeamEntry best = f.bestEntry.get(role);
            if (best != null) {
                credits = credits.add(f.kb.credit(best.status()));
            }
        }
        Term roles = Term.of(TermName.R, "0.8", credits, BigDecimal.valueOf(f.requiredRoles.size()), Fraction.ONE);
        Term practices = Term.of(TermName.P, "0.2", f.practicesDone.size(), PracticeKey.values().length,
                Fraction.ZERO);
        return AreaScore.of(Area.TEAM, roles, practices);
    }
}
