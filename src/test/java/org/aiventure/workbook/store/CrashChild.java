package org.aiventure.workbook.store;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.domain.Treatment;

/**
 * Run by {@link CrashTest} in a JVM of its own: saves edit after edit to one project, each adding a risk and
 * naming the project after the count, and prints {@code saved N} once save N has returned. The parent kills
 * it at some point; every N it printed must then be in the file.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        UUID projectId = UUID.fromString(args[1]);
        try (WorkbookStore store = WorkbookStore.open(file)) {
            StoredProject stored = store.load(projectId);
            for (int n = 1; ; n++) {
                Project before = stored.project();
                Project after = before.addRisk(new Risk(UUID.randomUUID(), before.nextRiskCode(), "Risk " + n,
                        "", RiskCategory.OTHER, 2, 3, Treatment.MITIGATE, RiskStatus.OPEN, null, null, null,
                        List.of())).withName("saved " + n);
                stored = store.save(stored.revision(), before, after);
                // The parent reads this line as the promise that edit n is on disk.
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
