package org.aiventure.workbook.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.knowledge.ControlGroup;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.TextKeys;
import org.aiventure.workbook.scoring.Arg;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.scoring.Credits;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.Message;
import org.aiventure.workbook.scoring.RiskScore;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.scoring.Subject;
import org.aiventure.workbook.scoring.SubjectType;
import org.aiventure.workbook.scoring.TermName;

/**
 * Next best actions (issue 9): every concrete step a finding suggests, each scored by the printed readiness it
 * would add, ranked by {@link Action#ORDER}. Pure like the engine: same project, knowledge and date, same list.
 *
 * <p>Fast by bounding what an action can change: each kind moves a few counts of a few terms (a new risk adds
 * to C, K, T and O; implementing a mitigation to K and T; a filled role to R and O; ...), read off indexes
 * built in one pass, and only the areas those terms feed are recomputed. Applying each action to a copy and
 * re-assessing in full is the test's oracle; the two agree exactly.
 */
public final class Advisor {

    private static final BigDecimal QUARTER_CREDIT = Credits.of(MitigationState.PLANNED);
    private static final BigDecimal DONE_CREDIT = Credits.of(MitigationState.IMPLEMENTED);
    /** Evaluation only: the draft of a template risk needs ids, which never reach a project. */
    private static final UUID DRAFT_ID = new UUID(0, 0);

    private final Project project;
    private final KnowledgeBase kb;
    private final Assessment before;
    private final LocalDate asOf;
    private final int appetite;
    private final Map<String, Severity> findings = new HashMap<>();
    private final Map<RiskCategory, List<ControlGroup>> requiredGroups;
    /** Per category of OPEN risks, per control key: the best credit among their mitigations. */
    private final Map<RiskCategory, Map<String, BigDecimal>> bestCredit = new EnumMap<>(RiskCategory.class);
    private final Map<RiskCategory, Risk> worstOpen = new EnumMap<>(RiskCategory.class);
    private final Map<UUID, Integer> openOwned = new HashMap<>();
    private final Map<Role, List<TeamEntry>> entries = new EnumMap<>(Role.class);
    private final List<Action> actions = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private Advisor(Project project, KnowledgeBase kb, Assessment before) {
        this.project = project;
        this.kb = kb;
        this.before = before;
        this.asOf = before.asOf();
        this.appetite = project.riskAppetite();
        for (Finding f : before.findings()) {
            findings.put(key(f.rule(), f.subject().id()), f.severity());
        }
        this.requiredGroups = kb.requiredControlGroups(project);
        for (Risk r : project.risks()) {
            if (!r.isOpen()) {
                continue;
            }
            Map<String, BigDecimal> credits = bestCredit.computeIfAbsent(r.category(), c -> new HashMap<>());
            for (Mitigation m : r.mitigations()) {
                if (m.controlId() != null) {
                    credits.merge(m.controlId(), Credits.of(m.state()), BigDecimal::max);
                }
            }
            Risk worst = worstOpen.get(r.category());
            if (worst == null || r.inherent() > worst.inherent()) {
                worstOpen.put(r.category(), r);
            }
            if (r.ownerId() != null) {
                openOwned.merge(r.ownerId(), 1, Integer::sum);
            }
        }
        for (TeamEntry e : project.team()) {
            entries.computeIfAbsent(e.role(), r -> new ArrayList<>()).add(e);
        }
    }

    /** The ranked actions for a project on a date. */
    public static List<Action> rank(Project project, KnowledgeBase kb, LocalDate asOf) {
        return rank(project, kb, Assessor.assess(project, kb, asOf));
    }

    /** The ranked actions, from the project's current assessment (the one the screens already show). */
    public static List<Action> rank(Project project, KnowledgeBase kb, Assessment assessment) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(assessment, "assessment");
        Advisor advisor = new Advisor(project, kb, assessment);
        advisor.collect();
        advisor.actions.sort(Action.ORDER);
        return List.copyOf(advisor.actions);
    }

    private void collect() {
        for (Finding f : before.findings()) {
            String id = f.subject().id();
            switch (f.rule()) {
                case "CATEGORY_UNCOVERED" -> addRisk(RiskCategory.valueOf(id));
                case "CONTROL_MISSING" -> addControl(id);
                case "CHALLENGE_NOT_IN_REGISTER" -> link(UUID.fromString(id));
                case "ROLE_MISSING" -> role(Role.valueOf(id));
                case "ACCEPTANCE_INVALID" -> accept(project.risk(UUID.fromString(id)));
                case "CANVAS_BLOCK_EMPTY" -> fillBlock(CanvasBlock.valueOf(id));
                case "PRACTICE_NOT_DONE" -> practice(PracticeKey.valueOf(id));
                default -> { }
            }
        }
        // Implementing what is planned raises control coverage and lowers residuals: suggested by
        // RESIDUAL_ABOVE_APPETITE and by the K term alike, so every planned step of an OPEN risk is a candidate.
        for (Risk r : project.risks()) {
            if (r.isOpen()) {
                for (Mitigation m : r.mitigations()) {
                    if (m.state() == MitigationState.PLANNED || m.state() == MitigationState.IN_PROGRESS) {
                        implement(r, m);
                    }
                }
            }
        }
    }

    private void addRisk(RiskCategory category) {
        Risk draft = new ActionEdits(kb, () -> DRAFT_ID).templateRisk(project, category, DRAFT_ID);
        ReadinessDelta delta = new ReadinessDelta().add(TermName.C, 1, 0);
        BigDecimal planned = BigDecimal.ZERO;
        for (ControlGroup g : requiredGroups.getOrDefault(category, List.of())) {
            if (draft.mitigations().stream().anyMatch(m -> g.controls().contains(m.controlId()))) {
                planned = planned.add(QUARTER_CREDIT);
            }
        }
        BigDecimal inherent = BigDecimal.valueOf(draft.inherent());
        BigDecimal h = Assessor.treatmentFactor(draft, RiskScore.of(draft).residual(), appetite, asOf);
        delta.add(TermName.K, planned, BigDecimal.ZERO).add(TermName.T, inherent.multiply(h), inherent)
                .add(TermName.O, 0, 1);
        add(ActionKind.ADD_RISK, new Subject(SubjectType.CATEGORY, category.name()), "",
                Message.of(ActionKind.ADD_RISK.messageKey(), label(category)), delta,
                List.of(key("CATEGORY_UNCOVERED", category.name())),
                (answer, ids) -> new ActionEdits(kb, ids).addRisk(project, category, ids.get()));
    }

    /** The fix the findings panel offers: the group's first control, planned on the category's worst risk. */
    private void addControl(String groupId) {
        RiskCategory category = RiskCategory.valueOf(groupId.substring(0, groupId.indexOf(':')));
        String control = groupId.substring(groupId.indexOf(':') + 1).split("\\|")[0];
        Risk target = worstOpen.get(category);
        if (target == null) {
            return;
        }
        ReadinessDelta delta = new ReadinessDelta()
                .add(TermName.K, raisedGroups(category, control, QUARTER_CREDIT), BigDecimal.ZERO);
        List<String> cleared = new ArrayList<>();
        for (ControlGroup g : requiredGroups.getOrDefault(category, List.of())) {
            if (g.controls().contains(control)) {
                cleared.add(key("CONTROL_MISSING", category.name() + ":" + String.join("|", g.controls())));
            }
        }
        cleared.add(key("RISK_NO_MITIGATION", target.id().toString()));
        add(ActionKind.ADD_CONTROL, riskSubject(target), control,
                Message.of(ActionKind.ADD_CONTROL.messageKey(), new Arg.Knowledge(TextKeys.control(control)
                        + TextKeys.LABEL), new Arg.Text(target.code())), delta, cleared,
                (answer, ids) -> new ActionEdits(kb, ids).addControl(project, target.id(), control));
    }

    private void link(UUID itemId) {
        AnalysisItem item = project.analysis().stream().filter(a -> a.id().equals(itemId)).findFirst().orElseThrow();
        Risk target = item.category() instanceof RiskCategory c ? worstOpen.get(c) : null;
        if (target == null) {
            return;
        }
        add(ActionKind.LINK_CHALLENGE, new Subject(SubjectType.ANALYSIS_ITEM, itemId.toString()),
                target.id().toString(), Message.of(ActionKind.LINK_CHALLENGE.messageKey(), new Arg.Text(item.title()),
                        new Arg.Text(target.code())), new ReadinessDelta().add(TermName.L, 1, 0),
                List.of(key("CHALLENGE_NOT_IN_REGISTER", itemId.toString())),
                (answer, ids) -> new ActionEdits(kb, ids).linkChallenge(project, itemId, target.id()));
    }

    /** A missing role: hire it when nobody holds it yet; fill it (its best entry, or a new one) in any case. */
    private void role(Role role) {
        List<TeamEntry> holders = entries.getOrDefault(role, List.of());
        BigDecimal bestBefore = bestCredit(holders, null);
        Subject subject = new Subject(SubjectType.ROLE, role.name());
        if (holders.isEmpty()) {
            add(ActionKind.HIRE_ROLE, subject, "", Message.of(ActionKind.HIRE_ROLE.messageKey(), label(role)),
                    new ReadinessDelta().add(TermName.R, kb.credit(TeamStatus.HIRING), BigDecimal.ZERO), List.of(),
                    (answer, ids) -> new ActionEdits(kb, ids).hireRole(project, role));
        }
        TeamEntry target = holders.stream().reduce((best, next) ->
                kb.credit(next.status()).compareTo(kb.credit(best.status())) > 0 ? next : best).orElse(null);
        BigDecimal bestAfter = bestCredit(holders, target).max(kb.credit(TeamStatus.FILLED));
        ReadinessDelta delta = new ReadinessDelta().add(TermName.R, bestAfter.subtract(bestBefore), BigDecimal.ZERO);
        List<String> cleared = new ArrayList<>(List.of(key("ROLE_MISSING", role.name())));
        List<RiskCategory> covers = target != null ? target.covers()
                : role == Role.CUSTOM ? List.of() : kb.role(role).covers();
        covers.forEach(c -> cleared.add(key("CATEGORY_WITHOUT_OWNER", c.name())));
        if (target != null && !kb.isInPlace(target.status())) {
            delta.add(TermName.O, openOwned.getOrDefault(target.id(), 0), 0);
            for (Risk r : project.risks()) {
                if (r.isOpen() && target.id().equals(r.ownerId())) {
                    cleared.add(key("OWNER_NOT_IN_PLACE", r.id().toString()));
                }
            }
        }
        UUID entryId = target == null ? null : target.id();
        add(ActionKind.FILL_ROLE, subject, entryId == null ? "" : entryId.toString(),
                Message.of(ActionKind.FILL_ROLE.messageKey(), label(role)), delta, cleared,
                (answer, ids) -> new ActionEdits(kb, ids)
                        .fillRole(project, role, entryId, answer.person(), answer.text()));
    }

    private void accept(Risk risk) {
        BigDecimal inherent = BigDecimal.valueOf(risk.inherent());
        BigDecimal h = Assessor.treatmentFactor(risk, RiskScore.of(risk).residual(), appetite, asOf);
        add(ActionKind.WRITE_ACCEPTANCE, riskSubject(risk), "",
                Message.of(ActionKind.WRITE_ACCEPTANCE.messageKey(), new Arg.Text(risk.code())),
                new ReadinessDelta().add(TermName.T, inherent.subtract(inherent.multiply(h)), BigDecimal.ZERO),
                List.of(key("ACCEPTANCE_INVALID", risk.id().toString())),
                (answer, ids) -> new ActionEdits(kb, ids).writeAcceptance(project, risk.id(), answer.text(), asOf));
    }

    /** A first note is a hypothesis: it fills the block (F) and adds a note of no evidence credit (E). */
    private void fillBlock(CanvasBlock block) {
        add(ActionKind.FILL_BLOCK, new Subject(SubjectType.BLOCK, block.name()), "",
                Message.of(ActionKind.FILL_BLOCK.messageKey(), label(block)),
                new ReadinessDelta().add(TermName.F, kb.weight(block), 0).add(TermName.E, 0, 1),
                List.of(key("CANVAS_BLOCK_EMPTY", block.name())),
                (answer, ids) -> new ActionEdits(kb, ids).fillBlock(project, block, answer.text()));
    }

    private void practice(PracticeKey practice) {
        add(ActionKind.MARK_PRACTICE_DONE, new Subject(SubjectType.PRACTICE, practice.name()), "",
                Message.of(ActionKind.MARK_PRACTICE_DONE.messageKey(), label(practice)),
                new ReadinessDelta().add(TermName.P, 1, 0), List.of(key("PRACTICE_NOT_DONE", practice.name())),
                (answer, ids) -> new ActionEdits(kb, ids).markPracticeDone(project, practice, answer.text()));
    }

    private void implement(Risk risk, Mitigation mitigation) {
        Risk done = risk.withMitigations(risk.mitigations().stream()
                .map(m -> m == mitigation ? m.withState(MitigationState.IMPLEMENTED) : m).toList());
        BigDecimal residualBefore = RiskScore.of(risk).residual();
        BigDecimal residualAfter = RiskScore.of(done).residual();
        BigDecimal inherent = BigDecimal.valueOf(risk.inherent());
        BigDecimal hBefore = Assessor.treatmentFactor(risk, residualBefore, appetite, asOf);
        BigDecimal hAfter = Assessor.treatmentFactor(done, residualAfter, appetite, asOf);
        ReadinessDelta delta = new ReadinessDelta()
                .add(TermName.T, inherent.multiply(hAfter.subtract(hBefore)), BigDecimal.ZERO);
        if (mitigation.controlId() != null) {
            delta.add(TermName.K, raisedGroups(risk.category(), mitigation.controlId(), DONE_CREDIT), BigDecimal.ZERO);
        }
        List<String> cleared = residualAfter.compareTo(BigDecimal.valueOf(appetite)) <= 0
                ? List.of(key("RESIDUAL_ABOVE_APPETITE", risk.id().toString())) : List.of();
        add(ActionKind.IMPLEMENT_MITIGATION, riskSubject(risk), mitigation.id().toString(),
                Message.of(ActionKind.IMPLEMENT_MITIGATION.messageKey(), new Arg.Text(mitigation.title()),
                        new Arg.Text(risk.code())), delta, cleared,
                (answer, ids) -> new ActionEdits(kb, ids)
                        .implement(project, risk.id(), mitigation.id(), answer.text()));
    }

    /** What K's numerator gains when a mitigation of {@code credit} for the control joins the category. */
    private BigDecimal raisedGroups(RiskCategory category, String control, BigDecimal credit) {
        BigDecimal gained = BigDecimal.ZERO;
        Map<String, BigDecimal> credits = bestCredit.getOrDefault(category, Map.of());
        for (ControlGroup g : requiredGroups.getOrDefault(category, List.of())) {
            if (g.controls().contains(control)) {
                BigDecimal old = BigDecimal.ZERO;
                for (String c : g.controls()) {
                    old = old.max(credits.getOrDefault(c, BigDecimal.ZERO));
                }
                gained = gained.add(old.max(credit).subtract(old));
            }
        }
        return gained;
    }

    /** The best credit among a role's entries, {@code filled} counted as FILLED; 0 with none. */
    private BigDecimal bestCredit(List<TeamEntry> holders, TeamEntry filled) {
        BigDecimal best = BigDecimal.ZERO;
        for (TeamEntry e : holders) {
            best = best.max(kb.credit(e == filled ? TeamStatus.FILLED : e.status()));
        }
        return best;
    }

    private void add(ActionKind kind, Subject subject, String detail, Message description, ReadinessDelta delta,
                     List<String> cleared, Action.Draft draft) {
        if (!seen.add(kind + "\u0000" + subject.id() + "\u0000" + detail)) {
            return;
        }
        List<Severity> clears = cleared.stream().map(findings::get).filter(Objects::nonNull).sorted().toList();
        BigDecimal after = delta.readinessAfter(before);
        // an action that neither raises readiness nor clears a finding is no advice
        if (after.compareTo(before.overall()) > 0 || !clears.isEmpty()) {
            actions.add(new Action(kind, subject, detail, description, before.overall(), after, clears, draft));
        }
    }

    private static Subject riskSubject(Risk risk) {
        return new Subject(SubjectType.RISK, risk.id().toString());
    }

    private static Arg label(Enum<?> value) {
        return new Arg.Knowledge(TextKeys.of(value) + TextKeys.LABEL);
    }

    private static String key(String rule, String subjectId) {
        return rule + "\u0000" + subjectId;
    }

}
