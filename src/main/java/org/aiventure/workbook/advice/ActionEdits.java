package org.aiventure.workbook.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.RiskTemplate;

/**
 * The edits behind the findings' one-click fixes and the advisor's actions: one way to add a template risk, a
 * planned control, a link, a role, a note or a claim of work done. New ids are drawn when an edit is built,
 * not when it runs, so the change itself stays pure. Texts that go into the project (titles, the evidence
 * line) are in the project's language, the language its briefing is written in.
 */
public final class ActionEdits {

    /** Where the guide's risks start too: the middle of both scales, for the founder to adjust. */
    static final int START_SCALE = 3;

    private final KnowledgeBase kb;
    private final Supplier<UUID> ids;

    public ActionEdits(KnowledgeBase kb, Supplier<UUID> ids) {
        this.kb = kb;
        this.ids = ids;
    }

    /** A risk of the category from the guide's template, with the template's controls as planned mitigations. */
    public Edit addRisk(Project project, RiskCategory category, UUID riskId) {
        Risk draft = templateRisk(project, category, riskId);
        return Edit.of("edit.fix.addRisk", p -> p.addRisk(draft.withCode(p.nextRiskCode())), draft.code());
    }

    /** A control as a planned mitigation of one risk. */
    public Edit addControl(Project project, UUID riskId, String controlKey) {
        Mitigation mitigation = plannedMitigation(controlKey, project.language());
        return Edit.of("edit.fix.addMitigation",
                p -> p.withRisk(riskId, r -> r.withMitigations(append(r.mitigations(), mitigation))),
                project.risk(riskId).code());
    }

    /** The OPEN risk of the category with the highest inherent score; the first in the register on a tie. */
    public static Optional<Risk> worstOpenRisk(Project project, RiskCategory category) {
        return project.risks().stream().filter(r -> r.isOpen() && r.category() == category)
                .reduce((best, next) -> next.inherent() > best.inherent() ? next : best);
    }

    Edit linkChallenge(Project project, UUID itemId, UUID riskId) {
        return Edit.of("edit.advice.linkChallenge", p -> p.withAnalysis(p.analysis().stream()
                .map(a -> a.id().equals(itemId) ? a.withLinkedRiskIds(append(a.linkedRiskIds(), riskId)) : a)
                .toList()), project.risk(riskId).code());
    }

    Edit hireRole(Project project, Role role) {
        TeamEntry entry = newEntry(project, role, TeamStatus.HIRING, "", "");
        return Edit.of("edit.advice.hireRole", p -> p.withTeam(append(p.team(), entry)), entry.title());
    }

    /** A valid acceptance: the founder's rationale, keeping an expiry that has not passed. */
    Edit writeAcceptance(Project project, UUID riskId, String rationale, LocalDate asOf) {
        Risk risk = project.risk(riskId);
        Acceptance acceptance = new Acceptance(rationale.strip(), keptExpiry(risk, asOf));
        return Edit.of("edit.advice.writeAcceptance", p -> p.withRisk(riskId, r -> r.withAcceptance(acceptance)),
                risk.code());
    }

    /**
     * The expiry a written acceptance keeps: the risk's own while it has not passed on {@code asOf}, else none
     * (a passed date would leave the acceptance invalid). The claim editor shows the same date.
     */
    public static LocalDate keptExpiry(Risk risk, LocalDate asOf) {
        Acceptance old = risk.acceptance();
        return old == null || old.expires() == null || old.expires().isBefore(asOf) ? null : old.expires();
    }

    Edit fillBlock(Project project, CanvasBlock block, String text) {
        UUID id = ids.get();
        return Edit.of("edit.advice.fillBlock", p -> p.withCanvas(append(p.canvas(), new CanvasNote(id, block,
                text.strip(), NoteColor.YELLOW, (int) p.canvas().stream().filter(n -> n.block() == block).count(),
                Evidence.HYPOTHESIS, List.of()))), kb.label(project.language(), block));
    }

    /** The mitigation IMPLEMENTED, its evidence kept in the risk's description where the briefing shows it. */
    Edit implement(Project project, UUID riskId, UUID mitigationId, String evidence) {
        Risk risk = project.risk(riskId);
        Mitigation mitigation = risk.mitigations().stream().filter(m -> m.id().equals(mitigationId))
                .findFirst().orElseThrow();
        String line = Messages.format(project.language(), "advice.evidence.mitigation", mitigation.title(),
                evidence.strip());
        return Edit.of("edit.advice.implement", p -> p.withRisk(riskId, r -> r
                .withMitigations(r.mitigations().stream().map(m -> m.id().equals(mitigationId)
                        ? m.withState(MitigationState.IMPLEMENTED) : m).toList())
                .withDescription(appendLine(r.description(), line))), mitigation.title(), risk.code());
    }

    /**
     * The entry FILLED by {@code person} with the evidence in its notes; a new FILLED entry when the role has
     * none. Who fills a role does not enter the score, so naming them cannot change the listed gain.
     */
    Edit fillRole(Project project, Role role, UUID entryId, String person, String evidence) {
        String who = person.strip();
        if (entryId == null) {
            TeamEntry entry = newEntry(project, role, TeamStatus.FILLED, who, evidence.strip());
            return Edit.of("edit.advice.fillRole", p -> p.withTeam(append(p.team(), entry)), entry.title());
        }
        TeamEntry target = project.team().stream().filter(e -> e.id().equals(entryId)).findFirst().orElseThrow();
        return Edit.of("edit.advice.fillRole", p -> p.withTeam(p.team().stream().map(e -> e.id().equals(entryId)
                ? new TeamEntry(e.id(), e.role(), e.title(), TeamStatus.FILLED, who,
                        appendLine(e.notes(), evidence.strip()), e.covers())
                : e).toList()), target.title());
    }

    Edit markPracticeDone(Project project, PracticeKey key, String evidence) {
        Practice done = new Practice(key, true, evidence.strip());
        return Edit.of("edit.advice.practiceDone", p -> {
            List<Practice> next = new ArrayList<>(p.practices().stream().filter(x -> x.key() != key).toList());
            next.add(done);
            return p.withPractices(next);
        }, kb.label(project.language(), key));
    }

    /** The risk {@link #addRisk} adds, before its code is drawn from the project it lands in. */
    Risk templateRisk(Project project, RiskCategory category, UUID riskId) {
        RiskTemplate template = kb.riskTemplate(category);
        Language language = project.language();
        List<Mitigation> mitigations = template.controls().stream()
                .map(key -> plannedMitigation(key, language)).toList();
        return new Risk(riskId, project.nextRiskCode(), template.title().in(language),
                template.description().in(language), category, START_SCALE, START_SCALE, Treatment.MITIGATE,
                RiskStatus.OPEN, null, null, null, mitigations);
    }

    /** A person in the role answers for what the role answers for by default. */
    private TeamEntry newEntry(Project project, Role role, TeamStatus status, String person, String notes) {
        List<RiskCategory> covers = role == Role.CUSTOM ? List.of() : kb.role(role).covers();
        return new TeamEntry(ids.get(), role, kb.label(project.language(), role), status, person, notes, covers);
    }

    private Mitigation plannedMitigation(String controlKey, Language language) {
        return new Mitigation(ids.get(), controlKey, kb.controlLabel(language, controlKey), MitigationState.PLANNED,
                kb.control(controlKey).defaultEffect());
    }

    private static String appendLine(String text, String line) {
        return text.isBlank() ? line : text.stripTrailing() + "\n" + line;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }
}
