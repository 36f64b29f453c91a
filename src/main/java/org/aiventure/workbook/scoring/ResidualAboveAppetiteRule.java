package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import java.math.BigDecimal;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Risk;

/** A risk that is being reduced, but whose residual still lies above the project's appetite. */
final class ResidualAboveAppetiteRule implements Rule {

    @Override
    public String code() {
        return "RESIDUAL_ABOVE_APPETITE";
    }

    @Override
    public Area area() {
        return Area.RISKS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        BigDecimal appetite = BigDecimal.valueOf(f.appetite());
        for (OpenRisk o : f.open) {
            Risk r = o.risk();
            BigDecimal residual = o.score().residual();
            if (o.isTreated() && !r.mitigations().isEmpty() && residual.compareTo(appetite) > 0) {
                Severity severity = o.score().residualBand() == Band.CRITICAL ? Severity.HIGH : Severity.MEDIUM;
                Message message = Message.of(key("message"), Arg.risk(r), Arg.number(residual),
                        Arg.number(appetite), Arg.number(r.inherent()));
                Mitigation pending = r.mitigations().stream().filter(m -> !Credits.isDone(m.state()))
                        .findFirst().orElse(null);
                Message fix = pending == null ? Message.of(key("fix"), Arg.risk(r), Arg.number(appetite))
                        : Message.of(key("fix.pending"), Arg.risk(r), Arg.number(appetite), Arg.text(pending.title()));
                out.add(finding(severity, SubjectType.RISK, o.subjectId(), message, fix));
            }
        }
    }
}
