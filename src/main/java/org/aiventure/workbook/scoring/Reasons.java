package org.aiventure.workbook.scoring;

import java.util.ArrayList;
import java.util.List;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.knowledge.Condition;
import org.aiventure.workbook.knowledge.Requirement;
import org.aiventure.workbook.knowledge.RoleRule;

/**
 * Why the knowledge base asks something of this project, as message arguments: the profile answers,
 * sectors, markets or stage that made a requirement or a role rule apply. A finding that says "required"
 * names these, so the founder sees which answer to revisit.
 */
final class Reasons {

    /** How many requirements or alternatives a message names before it says "and n more". */
    static final int SHOWN = 3;

    private Reasons() {
    }

    /** Each requirement as "its conditions (requirement ID, its label)". */
    static Arg requirements(List<Requirement> requirements, Project project) {
        List<Arg> reasons = new ArrayList<>();
        for (Requirement r : requirements) {
            reasons.add(Arg.phrase("finding.because.requirement", conditions(r.when(), project),
                    Arg.text(r.id()), Arg.requirement(r.id())));
        }
        return Arg.join(Arg.Joiner.REASONS, reasons, SHOWN);
    }

    /** The alternatives of a role rule that hold for the project. */
    static Arg role(RoleRule rule, Project project) {
        List<Arg> reasons = new ArrayList<>();
        for (List<Condition> all : rule.requiredWhen()) {
            if (Condition.allHold(all, project)) {
                reasons.add(conditions(all, project));
            }
        }
        return Arg.join(Arg.Joiner.REASONS, reasons, SHOWN);
    }

    private static Arg conditions(List<Condition> all, Project project) {
        List<Arg> parts = all.stream().map(c -> condition(c, project)).toList();
        return parts.size() == 1 ? parts.get(0) : Arg.join(Arg.Joiner.AND, parts, parts.size());
    }

    /** A condition that holds, in the project's own terms (its actual stage, the sector that matched). */
    private static Arg condition(Condition c, Project project) {
        if (c instanceof Condition.Fact f) {
            return Arg.phrase("finding.because.fact", Arg.label(f.fact()));
        } else if (c instanceof Condition.InSector s) {
            return Arg.phrase("finding.because.sector", Arg.label(s.sector()));
        } else if (c instanceof Condition.InSectorOtherThan s) {
            Sector matched = project.sectors().stream().filter(x -> x != s.sector()).findFirst().orElseThrow();
            return Arg.phrase("finding.because.sectorOtherThan", Arg.label(matched));
        } else if (c instanceof Condition.InMarket m) {
            return Arg.phrase("finding.because.market", Arg.label(m.market()));
        } else if (c instanceof Condition.StageAtLeast s) {
            return Arg.phrase("finding.because.stage", Arg.label(project.stage()), Arg.label(s.stage()));
        }
        return Arg.phrase("finding.because.always"); // Condition.Always, the one kind left
    }
}
