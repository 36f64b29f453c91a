package org.aiventure.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.aiventure.workbook.cli.Cli;
import org.junit.jupiter.api.Test;

/** What the launcher makes of its arguments: a double-clicked project file, or a command line. */
class LauncherTest {

    @Test
    void aDoubleClickedProjectFileOpensTheApp() {
        assertEquals(Optional.of(Path.of("/home/ann/Plans/MedTriage.aivw")),
                Launcher.projectFileArgument(new String[] {"/home/ann/Plans/MedTriage.aivw"}));
        assertEquals(Optional.of(Path.of("C:\\Users\\ann\\plan.AIVW".replace('\\', '/'))),
                Launcher.projectFileArgument(new String[] {"C:/Users/ann/plan.AIVW"}), "the extension in any case");
    }

    @Test
    void aFileUriFromTheDesktopIsTurnedIntoItsPath() {
        assertEquals(Optional.of(Path.of("/home/ann/My Plans/智造.aivw")), Launcher.projectFileArgument(
                new String[] {"file:///home/ann/My%20Plans/%E6%99%BA%E9%80%A0.aivw"}));
    }

    @Test
    void commandsAreNotMistakenForAProjectFile() {
        assertEquals(Optional.empty(), Launcher.projectFileArgument(new String[] {"score", "MedTriage.aivw"}));
        assertEquals(Optional.empty(), Launcher.projectFileArgument(new String[] {"list"}));
        assertEquals(Optional.empty(), Launcher.projectFileArgument(new String[] {"notes.txt"}));
    }

    @Test
    void aMistypedCommandIsRefusedNotOpenedAsAFile() {
        Cli typo = Cli.run("scroe");
        assertEquals(2, typo.exit);
        assertTrue(typo.err.contains("Unknown command or not a project file (*.aivw): scroe"), typo.err);
        Cli notAProject = Cli.run("--db", "/tmp/x.db", "notes.txt");
        assertEquals(2, notAProject.exit);
        assertTrue(notAProject.err.contains("Unknown command or not a project file (*.aivw): notes.txt"),
                notAProject.err);
    }
}
