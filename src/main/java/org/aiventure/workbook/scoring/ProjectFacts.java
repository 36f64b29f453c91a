package org.aiventure.workbook.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.ControlGroup;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.Requirement;
import org.aiventure.workbook.knowledge.RoleRule;

/**
 * What the rules and area formulas share, computed in one pass over the project so that a register of
 * 10,000 risks is read once, not once per rule: scores, OPEN risks, the team's best entries, the categories
 * people in place answer for, the OPEN risks per category and what the knowledge base requires.
 */
final class ProjectFacts {

    /** The impact from which a challenge must be answered by an OPEN risk (CHALLENGE_NOT_IN_REGISTER, L). */
    static final int HIGH_IMPACT = 4;

    final Project project;
    final KnowledgeBase kb;
    final LocalDate asOf;
    /** Every risk's scores, OPEN and CLOSED, in file order. */
    final List<RiskScore> scores;
    /** The OPEN risks, in file order: the only ones findings and area scores look at. */
    final List<OpenRisk> open;
    final Set<UUID> openIds;
    final Map<UUID, TeamEntry> team;
    /** Per role, its entry of highest credit (the first of equals). */
    final Map<Role, TeamEntry> bestEntry;
    /** Categories some team entry in place lists in its {@code covers}. */
    final Set<RiskCategory> coveredInPlace;
    final Map<RiskCategory, CategoryRisks> byCategory;
    /** The requirements that apply, in knowledge-base order. */
    final List<Requirement> requirements;
    final Set<RiskCategory> requiredCategories;
    final Map<RiskCategory, List<ControlGroup>> requiredGroups;
    final List<Role> requiredRoles;
    final Map<CanvasBlock, List<CanvasNote>> notes;
    final Set<PracticeKey> practicesDone;
    private final Map<RiskCategory, Role> coveringRole = new EnumMap<>(RiskCategory.class);
    /** CHALLENGE items of impact 4 or more: the ones the register must answer. */
    final List<AnalysisItem> highImpactChallenges;

    ProjectFacts(Project project, KnowledgeBase kb, LocalDate asOf) {
        this.project = project;
        this.kb = kb;
        this.asOf = asOf;
        this.team = new HashMap<>();
        this.bestEntry = new EnumMap<>(Role.class);
        this.coveredInPlace = EnumSet.noneOf(RiskCategory.class);
        for (TeamEntry t : project.team()) {
            team.put(t.id(), t);
            TeamEntry best = bestEntry.get(t.role());
            if (best == null || kb.credit(t.status()).compareTo(kb.credit(best.status())) > 0) {
                bestEntry.put(t.role(), t);
            }
            if (kb.isInPlace(t.status())) {
                coveredInPlace.addAll(t.covers());
            }
        }
        List<RiskScore> allScores = new ArrayList<>(project.risks().size());
        List<OpenRisk> openRisks = new ArrayList<>(project.risks().size());
        this.openIds = new HashSet<>();
        this.byCategory = new EnumMap<>(RiskCategory.class);
        for (Risk r : project.risks()) {
            RiskScore score = RiskScore.of(r);
            allScores.add(score);
            if (!r.isOpen()) {
                continue;
            }
            boolean accepted = r.treatment() == Treatment.ACCEPT && AcceptanceProblem.of(r, asOf).isEmpty();
            TeamEntry owner = r.ownerId() == null ? null : team.get(r.ownerId());
            openRisks.add(new OpenRisk(r, score, accepted, owner != null && kb.isInPlace(owner.status()),
                    r.id().toString()));
            openIds.add(r.id());
            byCategory.computeIfAbsent(r.category(), c -> new CategoryRisks(r)).add(r);
        }
        this.scores = Collections.unmodifiableList(allScores);
        this.open = Collections.unmodifiableList(openRisks);
        this.requirements = kb.applyingRequirements(project);
        this.requiredCategories = kb.requiredCategories(project);
        this.requiredGroups = kb.requiredControlGroups(project);
        this.requiredRoles = kb.requiredRoles(project);
        for (RoleRule rule : kb.roles()) {
            rule.covers().forEach(c -> coveringRole.putIfAbsent(c, rule.role()));
        }
        this.notes = new EnumMap<>(CanvasBlock.class);
        for (CanvasNote n : project.canvas()) {
            notes.computeIfAbsent(n.block(), b -> new ArrayList<>()).add(n);
        }
        this.highImpactChallenges = project.analysis().stream()
                .filter(a -> a.kind() == AnalysisKind.CHALLENGE && a.impact() >= HIGH_IMPACT).toList();
        this.practicesDone = EnumSet.noneOf(PracticeKey.class);
        for (Practice p : project.practices()) {
            if (p.done()) {
                practicesDone.add(p.key());
            }
        }
    }

    /** Whether an analysis item links to at least one OPEN risk. */
    boolean linksOpenRisk(AnalysisItem item) {
        for (UUID id : item.linkedRiskIds()) {
            if (openIds.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** The first checklist role whose default {@code covers} holds the category, to suggest as its owner. */
    Optional<Role> roleCovering(RiskCategory category) {
        return Optional.ofNullable(coveringRole.get(category));
    }

    /** The applying requirements that name this category. */
    List<Requirement> requiring(RiskCategory category) {
        return requirements.stream().filter(r -> r.category() == category).toList();
    }

    /** The applying requirements that name this control group for this category. */
    List<Requirement> requiring(RiskCategory category, ControlGroup group) {
        return requirements.stream().filter(r -> r.category() == category && r.groups().contains(group)).toList();
    }

    /** The notes of a block, in file order; empty for an empty block. */
    List<CanvasNote> notes(CanvasBlock block) {
        return notes.getOrDefault(block, List.of());
    }

    int appetite() {
        return project.riskAppetite();
    }
}
