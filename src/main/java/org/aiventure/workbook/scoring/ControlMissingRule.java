package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import java.util.Map;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.knowledge.ControlGroup;

/**
 * A control group the profile requires that no mitigation of the category's OPEN risks uses, in any state.
 * Silent for a category with no OPEN risk at all: CATEGORY_UNCOVERED already says more.
 */
final class ControlMissingRule implements Rule {

    @Override
    public String code() {
        return "CONTROL_MISSING";
    }

    @Override
    public Area area() {
        return Area.RISKS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (Map.Entry<RiskCategory, List<ControlGroup>> e : f.requiredGroups.entrySet()) {
            RiskCategory c = e.getKey();
            CategoryRisks risks = f.byCategory.get(c);
            if (risks == null) {
                continue;
            }
            for (ControlGroup g : e.getValue()) {
                if (g.controls().stream().noneMatch(control -> risks.bestCredit(control) != null)) {
                    Arg controls = Arg.join(Arg.Joiner.OR, g.controls().stream().map(Arg::control).toList(),
                            g.controls().size());
                    out.add(finding(Severity.MEDIUM, SubjectType.CONTROL_GROUP, g.id(c),
                            Message.of(key("message"), Arg.label(c), controls,
                                    Reasons.requirements(f.requiring(c, g), f.project)),
                            Message.of(key("fix"), Arg.label(c), controls, Arg.risk(risks.first()))));
                }
            }
        }
    }
}
