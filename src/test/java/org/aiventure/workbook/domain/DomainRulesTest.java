package org.aiventure.workbook.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scales, limits and cross-references are enforced where a value is built, with a message that says why. */
class DomainRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static int next;

    private static UUID id() {
        return new UUID(0x1234L, ++next);
    }

    private static Risk risk(String code, int likelihood, int impact) {
        return new Risk(id(), code, "Data leak", "", RiskCategory.DATA_PRIVACY_SECURITY, likelihood, impact,
                Treatment.MITIGATE, RiskStatus.OPEN, null, null, null, List.of());
    }

    private static Project project() {
        return Project.blank(id(), "MedTriage", Language.EN, NOW);
    }

    @Test
    void likelihoodAndImpactAreOneToFive() {
        DomainException e = assertThrows(DomainException.class, () -> risk("R-001", 7, 3));
        assertEquals("The likelihood must be a whole number from 1 to 5; found 7.", e.getMessage());
        assertThrows(DomainException.class, () -> risk("R-001", 3, 0));
        assertEquals(25, risk("R-001", 5, 5).inherent());
    }

    @Test
    void riskCodesAreRAndThreeOrMoreDigits() {
        assertThrows(DomainException.class, () -> risk("R-12", 1, 1));
        assertThrows(DomainException.class, () -> risk("r-001", 1, 1));
        assertThrows(DomainException.class, () -> risk("R-٣٣٣", 1, 1), "only ASCII digits");
        assertEquals(1000, risk("R-1000", 1, 1).codeNumber());
    }

    @Test
    void lengthsCountCodePointsNotChars() {
        String twoHundredEmoji = "😀".repeat(200);
        assertEquals(400, twoHundredEmoji.length());
        assertDoesNotThrow(() -> project().withName(twoHundredEmoji));
        DomainException e = assertThrows(DomainException.class, () -> project().withName("风".repeat(201)));
        assertEquals("The project name must be 1 to 200 characters long; it has 201.", e.getMessage());
    }

    @Test
    void aProjectNameNeedsMoreThanWhiteSpace() {
        DomainException e = assertThrows(DomainException.class, () -> project().withName(" \u3000\u2003\t"));
        assertEquals("domain.error.blank", e.key());
        assertTrue(e.message(Language.ZH_CN).contains("不能只包含空白字符"));
        assertEquals("项目名称不能只包含空白字符。", e.message(Language.ZH_CN), "the field is named in Chinese too");
        assertDoesNotThrow(() -> project().withName("\u200B"), "a zero-width space is not White_Space");
    }

    @Test
    void effectivenessIsAtMostNinety() {
        assertThrows(DomainException.class, () -> new Mitigation(id(), null, "Audit", MitigationState.PLANNED, 91));
        assertThrows(DomainException.class, () -> new Mitigation(id(), null, "Audit", MitigationState.PLANNED, -1));
    }

    @Test
    void riskAppetiteIsOneToTwentyFive() {
        assertThrows(DomainException.class, () -> project().withRiskAppetite(26));
        assertEquals(8, project().riskAppetite(), "a new project's appetite");
    }

    @Test
    void anOpportunityCannotHaveARiskCategory() {
        assertThrows(DomainException.class, () -> new AnalysisItem(id(), AnalysisKind.OPPORTUNITY,
                RiskCategory.MARKET, "Big market", "", 3, 3, List.of()));
        assertSame(OpportunityCategory.POLICY_SUPPORT, AnalysisCategory.of("POLICY_SUPPORT"));
        assertSame(RiskCategory.OTHER, AnalysisCategory.of("OTHER"));
    }

    @Test
    void idsAndRiskCodesAreUniqueInAProject() {
        Risk a = risk("R-001", 2, 2);
        assertThrows(DomainException.class, () -> project().addRisk(a).addRisk(a.withCode("R-002")));
        DomainException code = assertThrows(DomainException.class,
                () -> project().addRisk(a).addRisk(risk("R-001", 1, 1)));
        assertEquals("The risk code R-001 is used twice in this project.", code.getMessage());
    }

    @Test
    void referencesPointInsideTheProject() {
        UUID stranger = id();
        Risk owned = risk("R-001", 2, 2).withOwner(stranger);
        assertThrows(DomainException.class, () -> project().addRisk(owned));
        AnalysisItem linked = new AnalysisItem(id(), AnalysisKind.CHALLENGE, RiskCategory.MARKET, "Slow buyers",
                "", 4, 4, List.of(stranger));
        assertThrows(DomainException.class, () -> project().withAnalysis(List.of(linked)));
    }

    @Test
    void notePositionsAreUniqueWithinABlock() {
        CanvasNote a = new CanvasNote(id(), CanvasBlock.CHANNELS, "App store", NoteColor.BLUE, 0,
                Evidence.HYPOTHESIS, List.of());
        CanvasNote b = new CanvasNote(id(), CanvasBlock.CHANNELS, "Resellers", NoteColor.BLUE, 0,
                Evidence.HYPOTHESIS, List.of());
        CanvasNote c = new CanvasNote(id(), CanvasBlock.KEY_PARTNERS, "Hospital", NoteColor.PINK, 0,
                Evidence.VALIDATED, List.of());
        assertThrows(DomainException.class, () -> project().withCanvas(List.of(a, b)));
        assertEquals(2, project().withCanvas(List.of(a, c)).canvas().size());
    }

    @Test
    void removingARiskRemovesTheLinksToIt() {
        Risk r = risk("R-001", 4, 4);
        Project p = project().addRisk(r);
        AnalysisItem challenge = new AnalysisItem(id(), AnalysisKind.CHALLENGE, RiskCategory.DATA_PRIVACY_SECURITY,
                "Health data", "", 5, 4, List.of(r.id()));
        CanvasNote note = new CanvasNote(id(), CanvasBlock.KEY_RESOURCES, "Patient data", NoteColor.GREEN, 0,
                Evidence.TESTING, List.of(r.id()));
        Project after = p.withAnalysis(List.of(challenge)).withCanvas(List.of(note)).removeRisk(r.id());
        assertEquals(List.of(), after.risks());
        assertEquals(List.of(), after.analysis().get(0).linkedRiskIds());
        assertEquals(List.of(), after.canvas().get(0).linkedRiskIds());
    }

    @Test
    void removingATeamEntryLeavesItsRisksUnowned() {
        TeamEntry cto = new TeamEntry(id(), Role.ML_ENGINEERING, "CTO", TeamStatus.FOUNDER, "Kai", "",
                List.of(RiskCategory.MODEL_PERFORMANCE));
        Risk r = risk("R-001", 3, 3).withOwner(cto.id());
        Project after = project().withTeam(List.of(cto)).addRisk(r).removeTeamEntry(cto.id());
        assertEquals(List.of(), after.team());
        assertNull(after.risks().get(0).ownerId());
    }

    @Test
    void theNextRiskCodeFollowsTheHighest() {
        Project p = project().addRisk(risk("R-001", 1, 1)).addRisk(risk("R-017", 1, 1));
        assertEquals("R-018", p.nextRiskCode());
        assertEquals("R-001", project().nextRiskCode());
    }

    @Test
    void anEditIsAPureNamedChange() {
        Project before = project();
        Edit rename = Edit.of("edit.rename", p -> p.withName("MedTriage AI"), "MedTriage AI");
        Project after = rename.applyTo(before);
        assertEquals("MedTriage", before.name(), "the project it started from is untouched");
        assertEquals("MedTriage AI", after.name());
        assertEquals(List.of("MedTriage AI"), rename.labelArgs());
        assertThrows(DomainException.class, () -> Edit.of("edit.rename", p -> p.withName("")).applyTo(before),
                "an edit cannot build an invalid project");
    }

    @Test
    void snapshotsHoldTheFourAreaScoresFromZeroToHundred() {
        Map<Area, BigDecimal> areas = Map.of(Area.RISKS, new BigDecimal("41.0"), Area.TEAM, new BigDecimal("52.0"),
                Area.CANVAS, new BigDecimal("45.0"), Area.ANALYSIS, new BigDecimal("60.0"));
        Snapshot s = new Snapshot(id(), NOW, "Before the pilot", "scoring-v1", new BigDecimal("48.0"), areas);
        assertEquals(List.of(Area.RISKS, Area.TEAM, Area.CANVAS, Area.ANALYSIS), List.copyOf(s.areas().keySet()));
        assertThrows(DomainException.class, () -> new Snapshot(id(), NOW, "", "scoring-v1",
                new BigDecimal("100.1"), areas));
        assertThrows(DomainException.class, () -> new Snapshot(id(), NOW, "", "scoring-v1",
                new BigDecimal("48.0"), Map.of(Area.RISKS, BigDecimal.ONE)));
    }

    @Test
    void profileAnswersAreASetOfYes() {
        Profile p = Profile.NONE.with(ProfileFact.PUBLIC_FACING, true).with(ProfileFact.TRAINS_OWN_MODELS, true);
        assertTrue(p.has(ProfileFact.PUBLIC_FACING));
        assertEquals(Profile.of(ProfileFact.TRAINS_OWN_MODELS, ProfileFact.PUBLIC_FACING), p);
        assertEquals(Profile.NONE, p.with(ProfileFact.PUBLIC_FACING, false).with(ProfileFact.TRAINS_OWN_MODELS, false));
        assertSame(ProfileFact.HANDLES_SENSITIVE_DATA, ProfileFact.ofKey("handlesSensitiveData"));
    }
}
