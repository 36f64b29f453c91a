package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.KnowledgeBase;

/**
 * The one place where scores, bands and findings are computed (scoring.md, formula {@code scoring-v1}).
 * Pure: it reads no clock (the caller passes {@code asOf}), touches no file, database or screen, and gives
 * equal assessments for equal inputs.
 */
public final class Assessor {

    private static final List<Rule> RULES = List.of(new CategoryUncoveredRule(), new ControlMissingRule(),
            new RiskNoMitigationRule(), new ResidualAboveAppetiteRule(), new AcceptanceInvalidRule(),
            new RiskUnownedRule(), new OwnerNotInPlaceRule(), new ReviewOverdueRule(), new RoleMissingRule(),
            new CategoryWithoutOwnerRule(), new PracticeNotDoneRule(), new CanvasBlockEmptyRule(),
            new CanvasUnvalidatedRule(), new CanvasInvalidatedNoteRule(), new ChallengeNotInRegisterRule());

    private static final List<AreaFormula> AREAS = List.of(new RisksArea(), new TeamArea(), new CanvasArea(),
            new AnalysisArea());

    private Assessor() {
    }

    /** An area's weight in the overall readiness (0.40 for RISKS). */
    public static BigDecimal weight(Area area) {
        return AREAS.stream().filter(a -> a.area() == area).findFirst().orElseThrow().weight();
    }

    /**
     * A risk's h in the RISKS area's T term (scoring.md): 1 within appetite or with a valid acceptance, else
     * appetite / residual at six decimals. Public for callers that re-score one risk without a whole assessment.
     */
    public static BigDecimal treatmentFactor(Risk risk, BigDecimal residual, int appetite, LocalDate asOf) {
        boolean accepted = risk.treatment() == Treatment.ACCEPT && AcceptanceProblem.of(risk, asOf).isEmpty();
        return RisksArea.h(residual, accepted, appetite);
    }

    public static Assessment assess(Project project, KnowledgeBase kb, LocalDate asOf) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(asOf, "asOf");
        ProjectFacts facts = new ProjectFacts(project, kb, asOf);

        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            rule.check(facts, findings);
        }
        findings.sort(Finding.ORDER);

        Map<Area, AreaScore> areas = new EnumMap<>(Area.class);
        Fraction overall = Fraction.ZERO;
        for (AreaFormula formula : AREAS) {
            AreaScore score = formula.score(facts);
            areas.put(formula.area(), score);
            // from the exact area value, not the printed one (scoring.md)
            overall = overall.add(Fraction.of(formula.weight()).multiply(score.exact()));
        }
        BigDecimal printed = overall.roundHalfUp(1);
        return new Assessment(Assessment.FORMULA, asOf, project.riskAppetite(), facts.scores, findings, areas,
                overall, printed, Grade.of(printed));
    }
}
