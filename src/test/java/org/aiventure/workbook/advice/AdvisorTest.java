package org.aiventure.workbook.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The advisor against its oracle: each action applied to a copy and the copy re-assessed in full must move
 * the printed readiness by exactly the listed gain and clear exactly the listed findings.
 */
class AdvisorTest {

    static final KnowledgeBase KB = KnowledgeBase.load();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    static Stream<Arguments> projects() {
        return Stream.of(
                Arguments.of("medtriage", Examples.project(Examples.MEDTRIAGE)),
                Arguments.of("zhizao", Examples.project(Examples.ZHIZAO)),
                Arguments.of("generated 30", ProjectGenerator.generate(7, 30)),
                Arguments.of("generated 120", ProjectGenerator.generate(11, 120)),
                Arguments.of("generated 400", ProjectGenerator.generate(13, 400)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void everyActionMovesTheReadinessByExactlyItsGainAndClearsWhatItLists(String name, Project project) {
        Assessment before = Assessor.assess(project, KB, AS_OF);
        List<Action> actions = Advisor.rank(project, KB, before);

        assertFalse(actions.isEmpty(), name + " has findings with concrete steps");
        Set<ActionKind> kinds = new HashSet<>();
        for (Action action : actions) {
            Assessment after = Assessor.assess(action.edit(answer(action), ids()).applyTo(project), KB, AS_OF);
            String what = name + ": " + action.line(KB, Language.EN);
            assertEquals(after.overall().subtract(before.overall()), action.gain(), what);
            assertEquals(after.overall(), action.after(), what);
            assertEquals(cleared(before, after), action.clears(), what);
            kinds.add(action.kind());
        }
        assertTrue(kinds.size() >= 4, name + " exercises several kinds of action: " + kinds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void theRankingIsByGainThenSeverityThenKindAndSubject(String name, Project project) {
        List<Action> actions = Advisor.rank(project, KB, AS_OF);
        assertTrue(actions.stream().allMatch(a -> a.gain().signum() > 0 || !a.clears().isEmpty()),
                name + ": an action that neither raises the readiness nor clears a finding is no advice");
        for (int i = 1; i < actions.size(); i++) {
            Action a = actions.get(i - 1);
            Action b = actions.get(i);
            assertTrue(a.gain().compareTo(b.gain()) >= 0, name + ": larger gains first at " + i);
            if (a.gain().equals(b.gain()) && !a.clears().isEmpty() && !b.clears().isEmpty()) {
                assertTrue(a.clears().get(0).compareTo(b.clears().get(0)) <= 0,
                        name + ": on equal gains the more severe finding cleared first at " + i);
            }
        }
    }

    @Test
    void applyingTheTopActionNeverListsItAgain() {
        for (String example : List.of(Examples.MEDTRIAGE, Examples.ZHIZAO)) {
            Project project = Examples.project(example);
            Supplier<UUID> ids = ids();
            for (int step = 0; step < 12; step++) {
                List<Action> actions = Advisor.rank(project, KB, AS_OF);
                if (actions.isEmpty()) {
                    break;
                }
                Action top = actions.get(0);
                project = top.edit(answer(top), ids).applyTo(project);
                assertEquals(top.after(), Assessor.assess(project, KB, AS_OF).overall(), example + " step " + step);
                Action done = top;
                assertTrue(Advisor.rank(project, KB, AS_OF).stream().noneMatch(a -> a.kind() == done.kind()
                                && a.subject().equals(done.subject()) && a.detail().equals(done.detail())),
                        example + " step " + step + " lists " + done.line(KB, Language.EN) + " again");
            }
        }
    }

    @Test
    void theTopActionsOfMedTriageRaiseItsReadiness() {
        List<Action> actions = Advisor.rank(Examples.project(Examples.MEDTRIAGE), KB, AS_OF);
        assertTrue(actions.get(0).gain().compareTo(BigDecimal.ZERO) > 0, actions.get(0).line(KB, Language.EN));
        assertTrue(actions.get(0).line(KB, Language.EN).startsWith("+" + actions.get(0).gain().toPlainString() + ": "));
        assertFalse(actions.get(0).describe(KB, Language.ZH_CN).equals(actions.get(0).describe(KB, Language.EN)),
                "the description is localized");
    }

    @Test
    void aClaimOfWorkDoneNeedsEvidenceAndKeepsIt() {
        Project project = Examples.project(Examples.MEDTRIAGE);
        Action implement = Advisor.rank(project, KB, AS_OF).stream()
                .filter(a -> a.kind() == ActionKind.IMPLEMENT_MITIGATION).findFirst().orElseThrow();

        assertThrows(IllegalArgumentException.class, () -> implement.edit(ClaimAnswer.of(" \u3000"), ids()));
        Project after = implement.edit(ClaimAnswer.of("Pen test report PT-17, 2026-11-20"), ids()).applyTo(project);
        Risk risk = after.risk(UUID.fromString(implement.subject().id()));
        assertTrue(risk.description().contains("Pen test report PT-17, 2026-11-20"), risk.description());
        assertEquals(MitigationState.IMPLEMENTED, risk.mitigations().stream()
                .filter(m -> m.id().toString().equals(implement.detail())).findFirst().orElseThrow().state());
    }

    @Test
    void aFilledRoleNamesWhoFillsItWithoutChangingTheGain() {
        Project project = Examples.project(Examples.MEDTRIAGE);
        Assessment before = Assessor.assess(project, KB, AS_OF);
        List<Action> fills = Advisor.rank(project, KB, before).stream()
                .filter(a -> a.kind() == ActionKind.FILL_ROLE).toList();
        assertTrue(fills.stream().anyMatch(a -> a.detail().isEmpty()), "a role nobody holds yet");
        assertTrue(fills.stream().anyMatch(a -> !a.detail().isEmpty()), "a role with an entry not in place");
        for (Action fill : fills) {
            assertEquals(List.of(ClaimField.PERSON), fill.missing(new ClaimAnswer("Offer signed", "\u3000")));
            assertThrows(IllegalArgumentException.class,
                    () -> fill.edit(new ClaimAnswer("Offer signed 2026-11-02", " "), ids()));
            Project after = fill.edit(new ClaimAnswer("Offer signed 2026-11-02\nStarts 2027-01-04", " Wen Li "),
                    ids()).applyTo(project);
            TeamEntry entry = after.team().stream().filter(e -> e.role().name().equals(fill.subject().id())
                    && e.status() == TeamStatus.FILLED && e.person().equals("Wen Li")).findFirst().orElseThrow();
            assertTrue(entry.notes().endsWith("Offer signed 2026-11-02\nStarts 2027-01-04"), entry.notes());
            if (!fill.detail().isEmpty()) {
                assertEquals(fill.detail(), entry.id().toString(), "the entry the action listed, not a new one");
            }
            assertEquals(fill.after(), Assessor.assess(after, KB, AS_OF).overall(), "a name does not score");
        }
    }

    /** What the founder would type: evidence or words, and a person, for the kinds that need them. */
    static ClaimAnswer answer(Action action) {
        return action.kind().confirmation() == Confirmation.NONE ? null
                : new ClaimAnswer("Signed-off review 2026-11", "Mei Chen");
    }

    static Supplier<UUID> ids() {
        return ProjectGenerator.ids(99);
    }

    /** The severities of the findings present before and gone after (same rule and subject), most severe first. */
    static List<Severity> cleared(Assessment before, Assessment after) {
        Set<String> remaining = new HashSet<>();
        after.findings().forEach(f -> remaining.add(key(f)));
        return before.findings().stream().filter(f -> !remaining.contains(key(f))).map(Finding::severity).sorted()
                .toList();
    }

    private static String key(Finding f) {
        return f.rule() + "\u0000" + f.subject().id();
    }
}
