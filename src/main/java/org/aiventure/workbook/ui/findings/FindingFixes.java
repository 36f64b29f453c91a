package org.aiventure.workbook.ui.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.aiventure.workbook.advice.ActionEdits;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.knowledge.KnowledgeBase;

/**
 * The edits behind the one-click fixes. New ids are drawn when an edit is built, not when it runs, so the
 * change itself stays pure. Texts that go into the project (titles) are in the project's language, the
 * language its briefing is written in.
 */
final class FindingFixes {

        private final KnowledgeBase kb;
    private final Supplier<UUID> ids;

    FindingFixes(KnowledgeBase kb, Supplier<UUID> ids) {
        this.kb = kb;
        this.ids = ids;
    }

    /** A risk of the category from the guide's template, with the template's controls as planned mitigations. */
    Edit addRisk(Project project, RiskCategory category, UUID riskId) {
        return new ActionEdits(kb, ids).addRisk(project, category, riskId);
    }

    /** A control as a planned mitigation of one risk. */
    Edit addControl(Project project, UUID riskId, String controlKey) {
        return new ActionEdits(kb, ids).addControl(project, riskId, controlKey);
    }

    /** The chosen owner for a risk, adding the person to the team first when they are new. */
    Edit assignOwner(Project project, UUID riskId, OwnerChoice choice) {
        Risk risk = project.risk(riskId);
        if (choice instanceof OwnerChoice.Existing existing) {
            return Edit.of("edit.fix.assignOwner", p -> p.withRisk(riskId, r -> r.withOwner(existing.entryId())),
                    risk.code());
        }
        TeamEntry entry = newEntry(project, (OwnerChoice.NewPerson) choice, risk.category(), false);
        return Edit.of("edit.fix.assignOwner",
                p -> p.withTeam(append(p.team(), entry)).withRisk(riskId, r -> r.withOwner(entry.id())),
                risk.code());
    }

    /** The category added to what a team member answers for (a new one when the founder adds a person). */
    Edit assignCover(Project project, RiskCategory category, OwnerChoice choice) {
        if (choice instanceof OwnerChoice.Existing existing) {
            TeamEntry entry = project.team().stream().filter(e -> e.id().equals(existing.entryId()))
                    .findFirst().orElseThrow();
            return Edit.of("edit.fix.assignCover", p -> p.withTeam(p.team().stream()
                    .map(e -> e.id().equals(entry.id()) ? covering(e, category) : e).toList()), entry.title());
        }
        TeamEntry entry = newEntry(project, (OwnerChoice.NewPerson) choice, category, true);
        return Edit.of("edit.fix.assignCover", p -> p.withTeam(append(p.team(), entry)), entry.title());
    }

    /** The OPEN risk of the category with the highest inherent score; the first in the register on a tie. */
    static Optional<Risk> worstOpenRisk(Project project, RiskCategory category) {
        return ActionEdits.worstOpenRisk(project, category);
    }

    /**
     * A person added in place answers for what their role answers for by default; a custom role has no
     * default, so it answers for the category the founder is fixing.
     */
    private TeamEntry newEntry(Project project, OwnerChoice.NewPerson person, RiskCategory category,
                               boolean mustCover) {
        List<RiskCategory> covers = new ArrayList<>(person.role() == Role.CUSTOM ? List.of()
                : kb.role(person.role()).covers());
        if ((mustCover || person.role() == Role.CUSTOM) && !covers.contains(category)) {
            covers.add(category);
        }
        String title = person.title().isBlank() ? kb.label(project.language(), person.role()) : person.title().strip();
        return new TeamEntry(ids.get(), person.role(), title, person.status(), person.person().strip(), "", covers);
    }

    private static TeamEntry covering(TeamEntry e, RiskCategory category) {
        return e.covers().contains(category) ? e
                : new TeamEntry(e.id(), e.role(), e.title(), e.status(), e.person(), e.notes(), append(e.covers(), category));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }
}
