package org.aiventure.workbook.session;

import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectDiff;
import org.aiventure.workbook.domain.StoredProject;

/**
 * A project file read and checked, not yet written: the project it holds, and, when the workbook already holds
 * a project with its id, that project and what replacing it would change.
 */
public record ImportPlan(Project incoming, StoredProject existing, ProjectDiff changes) {

    /** Whether the workbook already holds this project, so the person must choose: replace, copy or cancel. */
    public boolean conflicts() {
        return existing != null;
    }
}
