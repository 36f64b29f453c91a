package org.aiventure.workbook.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.Test;

/** The engine as a whole: deterministic, findings in scoring.md's order, snapshots of what it printed. */
class AssessorTest {

    @Test
    void theSameInputGivesAnEqualAssessment() {
        Project p = ProjectGenerator.generate(7, 500);
        Assessment first = Fixtures.assess(p);
        Assessment second = Fixtures.assess(ProjectGenerator.generate(7, 500));
        assertNotSame(first, second);
        assertEquals(first, second);
        assertEquals(500, first.risks().size());
    }

    @Test
    void findingsAreSortedBySeverityAreaRuleAndSubject() {
        List<Finding> findings = Fixtures.assess(ProjectGenerator.generate(3, 300)).findings();
        for (int i = 1; i < findings.size(); i++) {
            Finding a = findings.get(i - 1);
            Finding b = findings.get(i);
            int bySeverity = a.severity().compareTo(b.severity());
            int byArea = a.area().compareTo(b.area());
            int byRule = a.rule().compareTo(b.rule());
            boolean ordered = bySeverity < 0 || bySeverity == 0 && (byArea < 0 || byArea == 0
                    && (byRule < 0 || byRule == 0 && a.subject().id().compareTo(b.subject().id()) < 0));
            assertEquals(true, ordered, a + " before " + b);
        }
    }

    @Test
    void aSnapshotKeepsThePrintedScores() {
        Project p = Fixtures.blank();
        Assessment a = Fixtures.assess(p);
        Instant at = Instant.parse("2026-11-28T12:00:00Z");
        Project next = Snapshots.record(p, a, at, "Board meeting", Fixtures.id(99));
        Snapshot s = next.snapshots().get(next.snapshots().size() - 1);
        assertEquals(new Snapshot(Fixtures.id(99), at, "Board meeting", "scoring-v1", a.overall(), a.printedAreas()), s);
        assertEquals(new BigDecimal("0.0"), s.areas().get(Area.CANVAS));
        assertEquals(p.snapshots().size() + 1, next.snapshots().size());
        assertEquals(UUID.class, s.id().getClass());
    }
}
