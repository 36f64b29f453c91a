package org.aiventure.workbook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.Profile;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.domain.TeamStatus;
import org.junit.jupiter.api.Test;

/** What the scoring engine and the UI ask of the knowledge base, on projects built for each rule. */
class KnowledgeBaseTest {

    private final KnowledgeBase kb = KnowledgeBase.load();
    private final Project blank = Project.blank(new UUID(0, 1), "Test", Language.EN, Instant.EPOCH);

    @Test
    void aNewProjectNeedsOnlyTheAlwaysRulesAndTwoRoles() {
        assertEquals(List.of("Q-ALWAYS-MARKET", "Q-ALWAYS-LEGAL", "Q-ALWAYS-PERF"),
                kb.applyingRequirements(blank).stream().map(Requirement::id).toList());
        assertEquals(Set.of(RiskCategory.MARKET, RiskCategory.LEGAL_ETHICS, RiskCategory.MODEL_PERFORMANCE),
                kb.requiredCategories(blank));
        assertEquals(List.of(Role.FOUNDER_CEO, Role.ML_ENGINEERING), kb.requiredRoles(blank));
    }

    @Test
    void conditionsJoinedByAndNeedBothFacts() {
        Project cn = blank.withMarkets(List.of(Market.CN));
        assertFalse(ids(cn).contains("Q-CN-PUBLIC"));
        assertFalse(kb.requiredRoles(cn).contains(Role.LEGAL_COMPLIANCE));
        Project cnPublic = cn.withProfile(Profile.of(ProfileFact.PUBLIC_FACING));
        assertTrue(ids(cnPublic).contains("Q-CN-PUBLIC"));
        assertTrue(kb.requiredRoles(cnPublic).contains(Role.LEGAL_COMPLIANCE));
        assertFalse(ids(blank.withProfile(Profile.of(ProfileFact.PUBLIC_FACING))).contains("Q-CN-PUBLIC"));
    }

    @Test
    void aDomainExpertIsNeededForAnySectorButGeneral() {
        assertFalse(kb.requiredRoles(blank.withSectors(List.of(Sector.GENERAL))).contains(Role.DOMAIN_EXPERT));
        assertTrue(kb.requiredRoles(blank.withSectors(List.of(Sector.EDUCATION))).contains(Role.DOMAIN_EXPERT));
        assertTrue(kb.requiredRoles(blank.withSectors(List.of(Sector.GENERAL, Sector.FINANCE)))
                .contains(Role.DOMAIN_EXPERT));
    }

    @Test
    void stageRulesApplyFromTheirStageOn() {
        assertEquals(List.of(Role.FOUNDER_CEO, Role.PRODUCT, Role.ML_ENGINEERING),
                kb.requiredRoles(blank.withStage(Stage.PROTOTYPE)));
        assertEquals(List.of(Role.FOUNDER_CEO, Role.PRODUCT, Role.ML_ENGINEERING, Role.GO_TO_MARKET),
                kb.requiredRoles(blank.withStage(Stage.SCALE)));
    }

    @Test
    void requiredControlGroupsCountASetNamedTwiceOnce() {
        Project p = blank.withSectors(List.of(Sector.HEALTHCARE, Sector.FINANCE))
                .withProfile(Profile.of(ProfileFact.HANDLES_PERSONAL_DATA, ProfileFact.HANDLES_SENSITIVE_DATA,
                        ProfileFact.HIGH_STAKES_DECISIONS));
        Map<RiskCategory, List<ControlGroup>> groups = kb.requiredControlGroups(p);
        assertEquals(List.of(RiskCategory.DATA_PRIVACY_SECURITY, RiskCategory.INTERPRETABILITY,
                RiskCategory.MODEL_PERFORMANCE, RiskCategory.LEGAL_ETHICS, RiskCategory.MARKET),
                List.copyOf(groups.keySet()));
        assertEquals(List.of("DATA_PRIVACY_SECURITY:DPS_ENCRYPTION", "DATA_PRIVACY_SECURITY:DPS_ACCESS_CONTROL",
                "DATA_PRIVACY_SECURITY:DPS_AUDIT", "DATA_PRIVACY_SECURITY:DPS_MASKING"),
                groups.get(RiskCategory.DATA_PRIVACY_SECURITY).stream()
                        .map(g -> g.id(RiskCategory.DATA_PRIVACY_SECURITY)).toList());
        assertEquals(List.of("INTERPRETABILITY:INT_MODEL_CHOICE|INT_EXPLAINERS", "INTERPRETABILITY:INT_VISUALIZATION"),
                groups.get(RiskCategory.INTERPRETABILITY).stream().map(g -> g.id(RiskCategory.INTERPRETABILITY)).toList());
        assertEquals(List.of("LEGAL_ETHICS:LEG_COMPLIANCE", "LEGAL_ETHICS:LEG_ETHICS_REVIEW",
                "LEGAL_ETHICS:LEG_RESPONSIBILITY", "LEGAL_ETHICS:LEG_TRANSPARENCY"),
                groups.get(RiskCategory.LEGAL_ETHICS).stream().map(g -> g.id(RiskCategory.LEGAL_ETHICS)).toList());
    }

    @Test
    void teamCreditsAreExactDecimals() {
        assertEquals(new BigDecimal("0.75"), kb.credit(TeamStatus.ADVISOR));
        assertEquals(new BigDecimal("0.25"), kb.credit(TeamStatus.PLANNED));
        assertEquals(0, kb.credit(TeamStatus.NOT_NEEDED).signum());
        assertTrue(kb.isInPlace(TeamStatus.FOUNDER));
        assertTrue(kb.isInPlace(TeamStatus.ADVISOR));
        assertFalse(kb.isInPlace(TeamStatus.HIRING));
    }

    @Test
    void controlsAreFoundByKeyAndCategory() {
        assertEquals(30, kb.control("SUP_SECOND_PROVIDER").defaultEffect());
        assertEquals(List.of("EU AI Act Art. 50"), kb.control("LEG_TRANSPARENCY").references());
        assertTrue(kb.findControl("NO_SUCH_CONTROL").isEmpty());
        assertTrue(kb.findControl(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> kb.control("NO_SUCH_CONTROL"));
        assertEquals(List.of("RES_SCHEDULING", "RES_DATA_PARALLEL", "RES_MODEL_PARALLEL", "RES_BATCH_SIZE_TUNING",
                "RES_BUDGET_CAP"), kb.controlsOf(RiskCategory.COMPUTE_RESOURCES).stream().map(Control::key).toList());
        assertEquals(List.of(), kb.controlsOf(RiskCategory.OTHER));
    }

    @Test
    void labelsResolveForDomainValuesAndKeys() {
        assertEquals("资源管理和分布式训练", kb.label(Language.ZH_CN, RiskCategory.COMPUTE_RESOURCES));
        assertEquals("Customer segments", kb.label(Language.EN, org.aiventure.workbook.domain.CanvasBlock.CUSTOMER_SEGMENTS));
        assertEquals("数据加密", kb.label(Language.ZH_CN, "control.DPS_ENCRYPTION"));
        assertEquals("Ethics review", kb.label(Language.EN, Role.ETHICS_REVIEW));
        assertEquals("Does training run on more than one GPU or machine?",
                kb.question(Language.EN, ProfileFact.DISTRIBUTED_TRAINING));
        assertEquals(kb.text(Language.ZH_CN, "control.LEG_ALGORITHM_FILING.explanation"),
                kb.explanation(Language.ZH_CN, "control.LEG_ALGORITHM_FILING"));
        assertThrows(IllegalArgumentException.class, () -> kb.text(Language.EN, "control.NOPE.label"));
        assertThrows(IllegalArgumentException.class, () -> kb.role(Role.CUSTOM));
        assertEquals(12, kb.canvasBlocks().stream().mapToInt(CanvasBlockInfo::weight).sum());
    }

    @Test
    void loadReturnsTheOneSharedInstance() {
        assertSame(kb, KnowledgeBase.load());
    }

    private List<String> ids(Project p) {
        return kb.applyingRequirements(p).stream().map(Requirement::id).toList();
    }
}
