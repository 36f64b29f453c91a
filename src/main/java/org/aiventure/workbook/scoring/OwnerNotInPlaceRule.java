package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.TeamEntry;

/** A risk whose owner's team entry is not in place (hiring, planned, not needed): nobody acts on it yet. */
final class OwnerNotInPlaceRule implements Rule {

    @Override
    public String code() {
        return "OWNER_NOT_IN_PLACE";
    }

    @Override
    public Area area() {
        return Area.TEAM;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (OpenRisk o : f.open) {
            Risk r = o.risk();
            if (r.ownerId() != null && !o.ownerInPlace()) {
                TeamEntry owner = f.team.get(r.ownerId());
                out.add(finding(Severity.MEDIUM, SubjectType.RISK, o.subjectId(),
                        Message.of(key("message"), Arg.risk(r), Arg.text(owner.title()), Arg.label(owner.role()),
                                Arg.label(owner.status())),
                        Message.of(key("fix"), Arg.risk(r), Arg.text(owner.title()))));
            }
        }
    }
}
