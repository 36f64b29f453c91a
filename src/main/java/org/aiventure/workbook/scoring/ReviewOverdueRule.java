package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Risk;

/** A risk whose review date has passed. */
final class ReviewOverdueRule implements Rule {

    @Override
    public String code() {
        return "REVIEW_OVERDUE";
    }

    @Override
    public Area area() {
        return Area.RISKS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (OpenRisk o : f.open) {
            Risk r = o.risk();
            if (r.reviewBy() != null && r.reviewBy().isBefore(f.asOf)) {
                out.add(finding(Severity.LOW, SubjectType.RISK, o.subjectId(),
                        Message.of(key("message"), Arg.risk(r), Arg.text(r.reviewBy().toString())),
                        Message.of(key("fix"), Arg.risk(r))));
            }
        }
    }
}
