package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import java.util.Optional;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Role;

/** A risk of MEDIUM or worse that nobody owns. */
final class RiskUnownedRule implements Rule {

    @Override
    public String code() {
        return "RISK_UNOWNED";
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
            if (r.ownerId() == null && band.atLeast(Band.MEDIUM)) {
                Optional<Role> role = f.roleCovering(r.category());
                Message fix = role.isPresent()
                        ? Message.of(key("fix"), Arg.risk(r), Arg.label(role.get()), Arg.label(r.category()))
                        : Message.of(key("fix.anyone"), Arg.risk(r));
                out.add(finding(Severity.MEDIUM, SubjectType.RISK, o.subjectId(),
                        Message.of(key("message"), Arg.risk(r), band.phrase()), fix));
            }
        }
    }
}
