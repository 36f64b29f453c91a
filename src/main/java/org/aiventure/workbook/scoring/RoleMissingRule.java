package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;

/**
 * A role the knowledge base requires for this project that is not in place: HIGH with no entry at all,
 * LOW while hiring (help is on its way), MEDIUM when only planned or marked not needed.
 */
final class RoleMissingRule implements Rule {

    @Override
    public String code() {
        return "ROLE_MISSING";
    }

    @Override
    public Area area() {
        return Area.TEAM;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (Role role : f.requiredRoles) {
            TeamEntry best = f.bestEntry.get(role);
            Arg why = Reasons.role(f.kb.role(role), f.project);
            if (best == null) {
                out.add(finding(Severity.HIGH, SubjectType.ROLE, role.name(),
                        Message.of(key("message.none"), Arg.label(role), why),
                        Message.of(key("fix.none"), Arg.label(role))));
            } else if (!f.kb.isInPlace(best.status())) {
                Severity severity = best.status() == TeamStatus.HIRING ? Severity.LOW : Severity.MEDIUM;
                out.add(finding(severity, SubjectType.ROLE, role.name(),
                        Message.of(key("message"), Arg.label(role), why, Arg.text(best.title()),
                                Arg.label(best.status())),
                        Message.of(key("fix"), Arg.label(role), Arg.text(best.title()))));
            }
        }
    }
}
