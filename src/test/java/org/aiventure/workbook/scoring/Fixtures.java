package org.aiventure.workbook.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.KnowledgeBase;

/** Small hand-made projects for the rule and formula tests; ids are readable numbers. */
final class Fixtures {

    static final KnowledgeBase KB = KnowledgeBase.load();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    private Fixtures() {
    }

    static UUID id(int n) {
        return new UUID(0x4000L, n);
    }

    /** A new project with the defaults of knowledge.md (stage IDEA, appetite 8, nothing in it). */
    static Project blank() {
        return Project.blank(id(0), "Test venture", Language.EN, NOW);
    }

    /** An OPEN, unowned risk treated by MITIGATE. */
    static Risk risk(int n, RiskCategory category, int likelihood, int impact, Mitigation... mitigations) {
        return new Risk(id(n), Risk.code(n), "Risk " + n, "", category, likelihood, impact, Treatment.MITIGATE,
                RiskStatus.OPEN, null, null, null, List.of(mitigations));
    }

    static Risk accepted(int n, int likelihood, int impact, Acceptance acceptance) {
        return risk(n, RiskCategory.MARKET, likelihood, impact).withTreatment(Treatment.ACCEPT)
                .withAcceptance(acceptance);
    }

    static Mitigation mitigation(int n, String control, MitigationState state, int effectiveness) {
        return new Mitigation(id(n), control, "Mitigation " + n, state, effectiveness);
    }

    static TeamEntry entry(int n, Role role, TeamStatus status, RiskCategory... covers) {
        return new TeamEntry(id(n), role, "Entry " + n, status, "", "", List.of(covers));
    }

    static Assessment assess(Project project) {
        return Assessor.assess(project, KB, AS_OF);
    }

    /** The findings of one rule, in the assessment's order. */
    static List<Finding> findings(Project project, String rule) {
        return assess(project).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<String> subjects(Project project, String rule) {
        return findings(project, rule).stream().map(f -> f.subject().id()).toList();
    }
}
