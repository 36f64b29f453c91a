package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import java.util.Map;
import java.util.Optional;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;

/** A category with a HIGH or CRITICAL OPEN risk for which no team member in place answers. */
final class CategoryWithoutOwnerRule implements Rule {

    @Override
    public String code() {
        return "CATEGORY_WITHOUT_OWNER";
    }

    @Override
    public Area area() {
        return Area.TEAM;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (Map.Entry<RiskCategory, CategoryRisks> e : f.byCategory.entrySet()) {
            RiskCategory c = e.getKey();
            Risk worst = e.getValue().worst();
            Band band = Band.of(worst.inherent());
            if (band.atLeast(Band.HIGH) && !f.coveredInPlace.contains(c)) {
                Optional<Role> role = f.roleCovering(c);
                Message fix = role.isPresent() ? Message.of(key("fix"), Arg.label(c), Arg.label(role.get()))
                        : Message.of(key("fix.anyone"), Arg.label(c));
                out.add(finding(Severity.HIGH, SubjectType.CATEGORY, c.name(),
                        Message.of(key("message"), Arg.label(c), Arg.risk(worst), band.phrase()), fix));
            }
        }
    }
}
