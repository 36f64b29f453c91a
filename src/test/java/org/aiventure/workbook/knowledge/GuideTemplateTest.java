package org.aiventure.workbook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.OpportunityCategory;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Profile;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "New project from the guide", as the last section of knowledge.md describes it. */
class GuideTemplateTest {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private final KnowledgeBase kb = KnowledgeBase.load();

    private Project build(Language language) {
        return GuideTemplate.build(kb, language, "Guide", counter(), NOW);
    }

    private static Supplier<UUID> counter() {
        long[] next = {1};
        return () -> new UUID(0x5EED, next[0]++);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void holdsTheGuidesContentAndNothingElse(Language language) {
        Project p = build(language);
        assertEquals(7, p.analysis().size());
        assertEquals(5, p.risks().size());
        assertEquals(19, p.risks().stream().mapToInt(r -> r.mitigations().size()).sum());
        assertEquals(5, p.practices().size());
        assertEquals(2, p.team().size());
        assertEquals(0, p.canvas().size());
        assertEquals(0, p.snapshots().size());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void keepsANewProjectsDefaults(Language language) {
        Project p = build(language);
        assertEquals("Guide", p.name());
        assertEquals(language, p.language());
        assertEquals(Stage.IDEA, p.stage());
        assertEquals(List.of(), p.sectors());
        assertEquals(List.of(), p.markets());
        assertEquals(Profile.NONE, p.profile());
        assertEquals(8, p.riskAppetite());
        assertEquals(NOW, p.createdAt());
        assertEquals(NOW, p.updatedAt());
        assertEquals(kb.text(language, "template.summary"), p.summary());
    }

    @Test
    void risksFollowTheSeedSectionsWithTheirControlsPlanned() {
        Project p = build(Language.EN);
        assertEquals(List.of("R-001", "R-002", "R-003", "R-004", "R-005"), p.risks().stream().map(Risk::code).toList());
        assertEquals(List.of(RiskCategory.DATA_PRIVACY_SECURITY, RiskCategory.INTERPRETABILITY,
                RiskCategory.MODEL_PERFORMANCE, RiskCategory.COMPUTE_RESOURCES, RiskCategory.LEGAL_ETHICS),
                p.risks().stream().map(Risk::category).toList());
        assertEquals(List.of("DPS_ENCRYPTION", "DPS_ACCESS_CONTROL", "DPS_MASKING", "DPS_AUDIT",
                "INT_MODEL_CHOICE", "INT_VISUALIZATION", "INT_EXPLAINERS",
                "PERF_DATA_AUGMENTATION", "PERF_HYPERPARAMETER_TUNING", "PERF_COMPRESSION", "PERF_MULTIMODAL",
                "RES_SCHEDULING", "RES_DATA_PARALLEL", "RES_MODEL_PARALLEL", "RES_BATCH_SIZE_TUNING",
                "LEG_COMPLIANCE", "LEG_ETHICS_REVIEW", "LEG_TRANSPARENCY", "LEG_RESPONSIBILITY"),
                p.risks().stream().flatMap(r -> r.mitigations().stream()).map(Mitigation::controlId).toList());
        for (Risk r : p.risks()) {
            assertEquals(3, r.likelihood());
            assertEquals(3, r.impact());
            assertEquals(Treatment.MITIGATE, r.treatment());
            assertEquals(RiskStatus.OPEN, r.status());
            assertNull(r.ownerId());
            assertNull(r.reviewBy());
            assertNull(r.acceptance());
            assertEquals(kb.riskTemplate(r.category()).title().in(Language.EN), r.title());
            assertEquals(kb.riskTemplate(r.category()).description().in(Language.EN), r.description());
            for (Mitigation m : r.mitigations()) {
                assertEquals(MitigationState.PLANNED, m.state());
                assertEquals(kb.control(m.controlId()).defaultEffect(), m.effectiveness(), m.controlId());
                assertEquals(r.category(), kb.control(m.controlId()).category());
                assertEquals(kb.controlLabel(Language.EN, m.controlId()), m.title());
            }
        }
        assertEquals(10, p.risks().get(3).mitigations().get(3).effectiveness(), "RES_BATCH_SIZE_TUNING");
        assertEquals("Data encryption", p.risks().get(0).mitigations().get(0).title());
    }

    @Test
    void eachChallengeLinksToTheRiskOfItsCategory() {
        Project p = build(Language.ZH_CN);
        List<AnalysisItem> opportunities = p.analysis().stream().filter(a -> a.kind() == AnalysisKind.OPPORTUNITY).toList();
        assertEquals(List.of(OpportunityCategory.MARKET_POTENTIAL, OpportunityCategory.TECH_INNOVATION,
                OpportunityCategory.POLICY_SUPPORT), opportunities.stream().map(AnalysisItem::category).toList());
        opportunities.forEach(o -> assertEquals(List.of(), o.linkedRiskIds()));
        List<AnalysisItem> challenges = p.analysis().stream().filter(a -> a.kind() == AnalysisKind.CHALLENGE).toList();
        assertEquals(List.of(RiskCategory.DATA_PRIVACY_SECURITY, RiskCategory.INTERPRETABILITY,
                RiskCategory.COMPUTE_RESOURCES, RiskCategory.LEGAL_ETHICS),
                challenges.stream().map(AnalysisItem::category).toList());
        for (AnalysisItem c : challenges) {
            assertEquals(1, c.linkedRiskIds().size(), c.title());
            assertEquals(c.category(), p.risk(c.linkedRiskIds().get(0)).category(), c.title());
        }
        for (AnalysisItem a : p.analysis()) {
            assertEquals(3, a.impact());
            assertEquals(3, a.likelihood());
        }
        assertEquals("巨大市场潜力", opportunities.get(0).title());
        assertEquals("AI大模型在医疗、金融、自动驾驶、智能制造等领域具有广泛的应用前景。", opportunities.get(0).notes());
        assertEquals("模型可解释性问题", challenges.get(1).title());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void teamHasTheFounderInPlaceAndMlEngineeringPlanned(Language language) {
        List<TeamEntry> team = build(language).team();
        assertEquals(List.of(Role.FOUNDER_CEO, Role.ML_ENGINEERING), team.stream().map(TeamEntry::role).toList());
        assertEquals(List.of(TeamStatus.FOUNDER, TeamStatus.PLANNED), team.stream().map(TeamEntry::status).toList());
        for (TeamEntry t : team) {
            assertEquals(kb.label(language, t.role()), t.title());
            assertEquals(kb.role(t.role()).covers(), t.covers());
            assertEquals("", t.person());
        }
        assertEquals(List.of(RiskCategory.MARKET, RiskCategory.BUSINESS_MODEL, RiskCategory.TEAM), team.get(0).covers());
    }

    @Test
    void practicesAreAllFiveAndNotDone() {
        List<Practice> practices = build(Language.EN).practices();
        assertEquals(List.of(PracticeKey.values()), practices.stream().map(Practice::key).toList());
        practices.forEach(pr -> {
            assertFalse(pr.done(), pr.key().name());
            assertEquals("", pr.evidence());
        });
    }

    @Test
    void chineseTemplateIsInChineseAndEnglishTemplateInEnglish() {
        Project zh = build(Language.ZH_CN);
        Project en = build(Language.EN);
        for (String text : texts(zh)) {
            assertTrue(CJK.matcher(text).find(), "zh-CN template text without Chinese: " + text);
        }
        for (String text : texts(en)) {
            assertFalse(CJK.matcher(text).find(), "en template text with Chinese: " + text);
        }
        assertEquals("用户数据或训练数据泄露、被滥用", zh.risks().get(0).title());
        assertEquals(List.of("数据加密", "访问控制", "数据脱敏", "安全审计"),
                zh.risks().get(0).mitigations().stream().map(Mitigation::title).toList());
        assertEquals("创始人/CEO", zh.team().get(0).title());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void idsAreAllDistinctAndComeFromTheSupplier(Language language) {
        Project p = build(language);
        List<UUID> ids = new ArrayList<>();
        ids.add(p.id());
        p.risks().forEach(r -> {
            ids.add(r.id());
            r.mitigations().forEach(m -> ids.add(m.id()));
        });
        p.team().forEach(t -> ids.add(t.id()));
        p.analysis().forEach(a -> ids.add(a.id()));
        assertEquals(1 + 5 + 19 + 2 + 7, ids.size());
        Set<UUID> distinct = new HashSet<>(ids);
        assertEquals(ids.size(), distinct.size());
        ids.forEach(id -> assertEquals(0x5EED, id.getMostSignificantBits(), "id from the supplier"));
    }

    @Test
    void theSameSupplierAndClockGiveTheSameProject() {
        assertEquals(build(Language.ZH_CN), build(Language.ZH_CN));
        assertFalse(build(Language.EN).equals(build(Language.ZH_CN)));
    }

    private static List<String> texts(Project p) {
        List<String> out = new ArrayList<>();
        out.add(p.summary());
        p.risks().forEach(r -> {
            out.add(r.title());
            out.add(r.description());
            r.mitigations().forEach(m -> out.add(m.title()));
        });
        p.analysis().forEach(a -> {
            out.add(a.title());
            out.add(a.notes());
        });
        return out;
    }
}
