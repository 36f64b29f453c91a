package org.aiventure.workbook.ui.shell;

import java.time.Clock;
import javafx.stage.Window;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.TaskExecutor;
import org.aiventure.workbook.ui.common.Theme;
import org.aiventure.workbook.ui.compare.CompareViewModel;
import org.aiventure.workbook.ui.compare.CompareWindow;
import org.aiventure.workbook.ui.projects.ProjectsViewModel;
import org.aiventure.workbook.ui.whatif.WhatIfViewModel;
import org.aiventure.workbook.ui.whatif.WhatIfWindow;

/**
 * Opens the what-if and compare windows over the open project, from the Project menu and the Profile page;
 * each opening starts from the project as it is now.
 */
public final class ScenarioWindows {

    private final Window owner;
    private final ShellViewModel shell;
    private final ProjectsViewModel projects;
    private final I18n i18n;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Theme theme;

    public ScenarioWindows(Window owner, ShellViewModel shell, ProjectsViewModel projects, I18n i18n,
                           DialogService dialogs, TaskExecutor tasks, Theme theme) {
        this.owner = owner;
        this.shell = shell;
        this.projects = projects;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.theme = theme;
    }

    public void whatIf() {
        if (projects.current().project() != null) {
            WhatIfWindow.show(owner, new WhatIfViewModel(projects.current(), i18n, dialogs, tasks), theme);
        }
    }

    public void compare() {
        if (projects.current().project() != null) {
            CompareWindow.show(owner, new CompareViewModel(projects.current(), i18n, dialogs, tasks,
                    shell.workbookProperty(), projects.projects(), Clock.systemDefaultZone()), theme);
        }
    }
}
