package org.aiventure.workbook.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Snapshot;

/** Keeps a project's scores over time: the points of the readiness trend chart. */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * The project with a snapshot of this assessment appended: its formula, the printed overall and the
     * four printed area scores, so the chart shows exactly the numbers the founder saw.
     */
    public static Project record(Project project, Assessment assessment, Instant takenAt, String label, UUID id) {
        List<Snapshot> next = new ArrayList<>(project.snapshots());
        next.add(new Snapshot(id, takenAt, label, assessment.formula(), assessment.overall(),
                assessment.printedAreas()));
        return project.withSnapshots(next);
    }
}
