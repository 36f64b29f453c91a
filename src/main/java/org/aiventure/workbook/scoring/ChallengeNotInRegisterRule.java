package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.RiskCategory;

/** A high-impact challenge of the analysis that no OPEN risk of the register answers. */
final class ChallengeNotInRegisterRule implements Rule {

    @Override
    public String code() {
        return "CHALLENGE_NOT_IN_REGISTER";
    }

    @Override
    public Area area() {
        return Area.ANALYSIS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (AnalysisItem a : f.highImpactChallenges) {
            if (!f.linksOpenRisk(a)) {
                // a challenge's category is always a risk category (AnalysisItem checks the kind)
                RiskCategory category = (RiskCategory) a.category();
                out.add(finding(Severity.MEDIUM, SubjectType.ANALYSIS_ITEM, a.id().toString(),
                        Message.of(key("message"), Arg.text(a.title()), Arg.number(a.impact()),
                                Arg.label(category)),
                        Message.of(key("fix"), Arg.text(a.title()), Arg.riskTemplate(category))));
            }
        }
    }
}
