package org.aiventure.workbook.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectCopy;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;

/** Comparing the open project with another one, and two snapshots. */
class ProjectComparisonTest {

    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final Project MEDTRIAGE = Examples.project(Examples.MEDTRIAGE);

    private static Risk byCode(Project p, String code) {
        return p.risks().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aCopyUnderNewIdsIsTheSameProject() {
        Project copy = ProjectCopy.withNewIds(MEDTRIAGE, "MedTriage (Lin's copy)", UUID::randomUUID);
        ProjectComparison c = ProjectComparison.of(MEDTRIAGE, copy, KB, AS_OF);
        assertTrue(c.risks().isEmpty(), "risks match by code, owners by who they are: " + c.risks());
        assertTrue(c.findings().isEmpty(), "findings match by code and title, not by id: " + c.findings());
        assertEquals(BigDecimal.ZERO.setScale(1), c.scores().overallDelta());
    }

    @Test
    void aCoFoundersEditsShowAsAddedRemovedAndChangedRisksWithTheirFields() {
        Risk first = byCode(MEDTRIAGE, "R-001");
        Project theirs = MEDTRIAGE
                .withRisk(first.id(), r -> r.withScale(r.likelihood() == 5 ? 4 : r.likelihood() + 1, r.impact())
                        .withMitigations(r.mitigations().stream()
                                .map(m -> m.withState(MitigationState.VERIFIED)).toList()))
                .removeRisk(byCode(MEDTRIAGE, "R-007").id())
                .addRisk(new Risk(UUID.randomUUID(), "R-042", "GPU prices double", "", first.category(), 3, 4,
                        first.treatment(), first.status(), null, null, null, List.of()));
        ProjectComparison c = ProjectComparison.of(MEDTRIAGE, theirs, KB, AS_OF);
        assertEquals(List.of("R-042"), c.risks().added().stream().map(Risk::code).toList());
        assertEquals(List.of("R-007"), c.risks().removed().stream().map(Risk::code).toList());
        assertEquals(1, c.risks().changed().size());
        assertEquals("R-001", c.risks().changed().get(0).code());
        assertEquals(List.of("likelihood", "mitigations"), c.risks().changed().get(0).fields());
        var mine = Assessor.assess(MEDTRIAGE, KB, AS_OF);
        var other = Assessor.assess(theirs, KB, AS_OF);
        assertEquals(other.overall().subtract(mine.overall()), c.scores().overallDelta());
        for (Area area : Area.values()) {
            assertEquals(other.area(area).score().subtract(mine.area(area).score()), c.scores().delta(area));
        }
        assertTrue(c.findings().appeared().stream().anyMatch(f -> f.rule().equals("RISK_NO_MITIGATION")),
                "the new unmitigated risk brings its finding");
    }

    @Test
    void twoSnapshotsCompareEarlierToLater() {
        Snapshot march = snapshot("2026-03-01T10:00:00Z", "60.4", "62.5");
        Snapshot june = snapshot("2026-06-01T10:00:00Z", "71.0", "80.0");
        ScoreComparison c = ScoreComparison.between(june, march);
        assertEquals(new BigDecimal("60.4"), c.before().overall(), "the earlier snapshot is the before");
        assertEquals(new BigDecimal("10.6"), c.overallDelta());
        assertEquals(new BigDecimal("17.5"), c.delta(Area.RISKS));
        assertEquals(BigDecimal.ZERO.setScale(1), c.delta(Area.TEAM));
    }

    private static Snapshot snapshot(String at, String overall, String risks) {
        return new Snapshot(UUID.randomUUID(), Instant.parse(at), "", "scoring-v1", new BigDecimal(overall),
                Map.of(Area.RISKS, new BigDecimal(risks), Area.TEAM, new BigDecimal("38.9"),
                        Area.CANVAS, new BigDecimal("76.7"), Area.ANALYSIS, new BigDecimal("69.2")));
    }
}
