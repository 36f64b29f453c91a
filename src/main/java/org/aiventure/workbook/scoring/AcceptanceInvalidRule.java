package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import java.util.Locale;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Treatment;

/** A risk marked ACCEPT without a valid acceptance: missing, without a rationale, or expired. */
final class AcceptanceInvalidRule implements Rule {

    @Override
    public String code() {
        return "ACCEPTANCE_INVALID";
    }

    @Override
    public Area area() {
        return Area.RISKS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (OpenRisk o : f.open) {
            Risk r = o.risk();
            if (r.treatment() != Treatment.ACCEPT || o.validAcceptance()) {
                continue;
            }
            AcceptanceProblem problem = AcceptanceProblem.of(r, f.asOf).orElseThrow();
            String variant = problem.name().toLowerCase(Locale.ROOT);
            Severity severity = o.score().band() == Band.CRITICAL ? Severity.HIGH : Severity.MEDIUM;
            Message message = problem == AcceptanceProblem.EXPIRED
                    ? Message.of(key("message." + variant), Arg.risk(r), Arg.text(r.acceptance().expires().toString()))
                    : Message.of(key("message." + variant), Arg.risk(r));
            out.add(finding(severity, SubjectType.RISK, o.subjectId(), message,
                    Message.of(key("fix." + variant), Arg.risk(r), Arg.text(f.asOf.toString()))));
        }
    }
}
