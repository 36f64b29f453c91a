package org.aiventure.workbook.scoring;

import static org.aiventure.workbook.scoring.Fixtures.blank;
import static org.aiventure.workbook.scoring.Fixtures.mitigation;
import static org.aiventure.workbook.scoring.Fixtures.risk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.RiskCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact arithmetic of scoring.md: bands at their edges, the three roundings, terms as exact fractions. */
class ArithmeticTest {

    @ParameterizedTest
    @CsvSource({"0, LOW", "4, LOW", "4.9, LOW", "5, MEDIUM", "9.9, MEDIUM", "10, HIGH", "16.9, HIGH",
        "17, CRITICAL", "25, CRITICAL"})
    void bandEdges(String score, Band band) {
        assertEquals(band, Band.of(new BigDecimal(score)));
    }

    @ParameterizedTest
    @CsvSource({"84.9, B", "85.0, A", "69.9, C", "70.0, B", "49.9, D", "50.0, C"})
    void gradeEdges(String overall, Grade grade) {
        assertEquals(grade, Grade.of(new BigDecimal(overall)));
    }

    @Test
    void fractionsStayInLowestTermsAndRoundHalfUp() {
        Fraction k = Fraction.of(new BigDecimal("5.25"), BigDecimal.valueOf(18));
        assertEquals("7/24", k.toString());
        assertEquals(Fraction.of(145).divide(Fraction.of(4)), Fraction.of(new BigDecimal("36.25")));
        assertEquals(new BigDecimal("36.3"), Fraction.of(new BigDecimal("36.25")).roundHalfUp(1));
        assertEquals(new BigDecimal("0.291667"), k.roundHalfUp(6));
    }

    @Test
    void residualIsRoundedHalfUpOnceAfterTheExactProduct() {
        // 15 × 0.55 × 0.55 = 4.5375 → 4.5; rounding after each factor would give 8.25 → 8.3, then 4.565 → 4.6
        Project p = blank().withRisks(List.of(risk(1, RiskCategory.MARKET, 5, 3,
                mitigation(11, null, MitigationState.IMPLEMENTED, 45),
                mitigation(12, null, MitigationState.VERIFIED, 45))));
        RiskScore s = Fixtures.assess(p).risks().get(0);
        assertEquals(15, s.inherent());
        assertEquals(new BigDecimal("4.5"), s.residual());
        assertEquals(Band.LOW, s.residualBand());
        assertEquals(Band.HIGH, s.band());
    }

    @Test
    void hOfTheTreatmentTermKeepsSixDecimals() {
        // 25 × 0.85 = 21.25 → 21.3; h = 8 / 21.3 = 0.37558685… → 0.375587; Σ inherent·h = 9.389675
        Project p = blank().withRisks(List.of(risk(1, RiskCategory.MARKET, 5, 5,
                mitigation(11, "MKT_RESEARCH", MitigationState.IMPLEMENTED, 15))));
        Term t = Fixtures.assess(p).area(Area.RISKS).term(TermName.T);
        assertEquals(new BigDecimal("9.389675"), t.numerator());
        assertEquals(new BigDecimal("25"), t.denominator());
        assertEquals(Fraction.of(new BigDecimal("9.389675"), BigDecimal.valueOf(25)), t.value());
    }

    @Test
    void risksAreaIsExactAndPrintsHalfUp() {
        // required MARKET, LEGAL_ETHICS, MODEL_PERFORMANCE; one MARKET risk, inherent 1, MKT_RESEARCH planned:
        // C = 1/3, K = 0.25/3, T = 1, O = 0/1 → 100 × (0.1 + 0.025 + 0.3) = 42.5
        Project p = blank().withRisks(List.of(risk(1, RiskCategory.MARKET, 1, 1,
                mitigation(11, "MKT_RESEARCH", MitigationState.PLANNED, 30))));
        AreaScore risks = Fixtures.assess(p).area(Area.RISKS);
        assertEquals(Fraction.of(new BigDecimal("42.5")), risks.exact());
        assertEquals(new BigDecimal("42.5"), risks.score());
        assertEquals(new BigDecimal("0.25"), risks.term(TermName.K).numerator());
        assertEquals(new BigDecimal("3"), risks.term(TermName.K).denominator());
        assertEquals("1/3", risks.term(TermName.C).value().toString());
    }

    @Test
    void canvasValueOfExactly36Point25PrintsAs36Point3() {
        // 100 × (0.8·F + 0.2·E) with F = 3/12 and E = 0.8125 is 20 + 16.25 = 36.25 exactly
        List<CanvasNote> notes = List.of(
                note(1, CanvasBlock.VALUE_PROPOSITIONS, Evidence.VALIDATED, 0),
                note(2, CanvasBlock.VALUE_PROPOSITIONS, Evidence.VALIDATED, 1),
                note(3, CanvasBlock.VALUE_PROPOSITIONS, Evidence.VALIDATED, 2),
                note(4, CanvasBlock.VALUE_PROPOSITIONS, Evidence.VALIDATED, 3),
                note(5, CanvasBlock.VALUE_PROPOSITIONS, Evidence.VALIDATED, 4),
                note(6, CanvasBlock.VALUE_PROPOSITIONS, Evidence.VALIDATED, 5),
                note(7, CanvasBlock.VALUE_PROPOSITIONS, Evidence.TESTING, 6),
                note(8, CanvasBlock.CHANNELS, Evidence.HYPOTHESIS, 0));
        // F = (2 + 1) / 12 = 0.25, E = 6.5 / 8 = 0.8125
        AreaScore canvas = Fixtures.assess(blank().withCanvas(notes)).area(Area.CANVAS);
        assertEquals(Fraction.of(new BigDecimal("36.25")), canvas.exact());
        assertEquals(new BigDecimal("36.3"), canvas.score());
    }

    @Test
    void overallComesFromTheExactAreasNotThePrintedOnes() {
        Assessment a = Fixtures.assess(blank());
        Fraction expected = Fraction.ZERO;
        String[] weights = {"0.40", "0.25", "0.20", "0.15"};
        for (Area area : Area.values()) {
            expected = expected.add(Fraction.of(new BigDecimal(weights[area.ordinal()])).multiply(a.area(area).exact()));
        }
        assertEquals(expected, a.overallExact());
        assertEquals(expected.roundHalfUp(1), a.overall());
    }

    private static CanvasNote note(int n, CanvasBlock block, Evidence evidence, int position) {
        return new CanvasNote(Fixtures.id(n), block, "Note " + n, NoteColor.GREEN, position, evidence, List.of());
    }
}
