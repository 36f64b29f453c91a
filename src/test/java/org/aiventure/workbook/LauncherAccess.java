package org.aiventure.workbook;

import picocli.CommandLine;

/** Gives tests the launcher's command line exactly as {@code main} builds it. */
public final class LauncherAccess {

    private LauncherAccess() {
    }

    public static CommandLine commandLine() {
        return Launcher.commandLine();
    }
}
