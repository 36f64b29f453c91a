package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.RiskCategory;

/** A category the profile requires has no OPEN risk: nobody has thought through what could go wrong there. */
final class CategoryUncoveredRule implements Rule {

    @Override
    public String code() {
        return "CATEGORY_UNCOVERED";
    }

    @Override
    public Area area() {
        return Area.RISKS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (RiskCategory c : f.requiredCategories) {
            if (!f.byCategory.containsKey(c)) {
                out.add(finding(Severity.HIGH, SubjectType.CATEGORY, c.name(),
                        Message.of(key("message"), Arg.label(c), Reasons.requirements(f.requiring(c), f.project)),
                        Message.of(key("fix"), Arg.label(c), Arg.riskTemplate(c))));
            }
        }
    }
}
