package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Risk;

/** A risk of MEDIUM or worse that its treatment promises to reduce, with no mitigation at all. */
final class RiskNoMitigationRule implements Rule {

    @Override
    public String code() {
        return "RISK_NO_MITIGATION";
    }

    @Override
    public Area area() {
        return Area.RISKS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (OpenRisk o : f.open) {
            Risk r = o.risk();
            Band band = o.score().band();
            if (o.isTreated() && band.atLeast(Band.MEDIUM) && r.mitigations().isEmpty()) {
                Message message = Message.of(key("message"), Arg.risk(r), band.phrase(),
                        Arg.number(r.likelihood()), Arg.number(r.impact()), Arg.number(r.inherent()),
                        Arg.label(r.treatment()));
                List<String> offered = f.kb.riskTemplate(r.category()).controls();
                Message fix = offered.isEmpty() ? Message.of(key("fix.custom"), Arg.risk(r))
                        : Message.of(key("fix"), Arg.risk(r), Arg.control(offered.get(0)));
                out.add(finding(band.severity(), SubjectType.RISK, o.subjectId(), message, fix));
            }
        }
    }
}
