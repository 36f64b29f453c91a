package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.OpportunityCategory;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;

class ProjectFileReaderTest {

    private static ProjectFile read(String resource) throws IOException {
        return new ProjectFiles().read(new ByteArrayInputStream(Examples.bytes(resource)), PasswordSource.NONE);
    }

    @Test
    void readsTheEnvelope() throws IOException {
        ProjectFile file = read(Examples.MEDTRIAGE);

        assertEquals(Instant.parse("2026-11-28T12:00:00Z"), file.exportedAt());
        assertEquals("reference generator", file.generator());
    }

    @Test
    void readsMedTriage() throws IOException {
        Project p = read(Examples.MEDTRIAGE).project();

        assertEquals(UUID.fromString("00000000-0000-4000-8000-000000000001"), p.id());
        assertEquals("MedTriage", p.name());
        assertEquals(Language.EN, p.language());
        assertEquals(Stage.PILOT, p.stage());
        assertEquals(List.of(Market.EU, Market.CN), p.markets());
        assertTrue(p.profile().has(ProfileFact.HIGH_STAKES_DECISIONS));
        assertFalse(p.profile().has(ProfileFact.DISTRIBUTED_TRAINING));
        assertEquals(8, p.riskAppetite());
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), p.createdAt());
        assertEquals(OpportunityCategory.MARKET_POTENTIAL, p.analysis().get(0).category());
        assertEquals(7, p.risks().size());
        assertEquals(9, p.canvas().size());
        assertEquals(6, p.team().size());
        assertEquals(4, p.practices().size());
    }

    @Test
    void readsRiskDetails() throws IOException {
        Project p = read(Examples.MEDTRIAGE).project();

        Risk vendor = p.risks().get(3);
        assertEquals("R-004", vendor.code());
        assertEquals(new Acceptance("Switching cost is two weeks; revisit at Series A.", LocalDate.of(2026, 9, 30)),
                vendor.acceptance());
        assertEquals(LocalDate.of(2027, 3, 1), vendor.reviewBy());

        Risk budget = p.risks().get(2);
        assertNull(budget.ownerId());
        assertNull(budget.reviewBy());
        assertNull(budget.acceptance());
        assertTrue(budget.mitigations().isEmpty());

        Risk retired = p.risks().get(6);
        assertEquals(RiskStatus.CLOSED, retired.status());
        assertNull(retired.mitigations().get(0).controlId());
        assertEquals("DPS_ENCRYPTION", p.risks().get(0).mitigations().get(0).controlId());
    }

    @Test
    void keepsTheScaleOfScores() throws IOException {
        Snapshot s = read(Examples.MEDTRIAGE).project().snapshots().get(0);

        assertEquals(new BigDecimal("48.0"), s.overall());
        assertEquals("48.0", s.overall().toPlainString());
        assertEquals(new BigDecimal("41.0"), s.areas().get(Area.RISKS));
    }

    @Test
    void keepsChineseTextIntact() throws IOException {
        Project p = read(Examples.ZHIZAO).project();

        assertEquals("智造质检大模型", p.name());
        assertEquals(Language.ZH_CN, p.language());
        assertEquals("训练集群扩容跟不上产线数据增长", p.risks().get(0).title());
        assertEquals("每条产线每天新增约 40 万张图像。", p.risks().get(0).description());
    }
}
