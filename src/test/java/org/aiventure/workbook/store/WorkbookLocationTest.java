package org.aiventure.workbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkbookLocationTest {

    private static final Path HOME = Path.of("/home/lin");

    @Test
    void theDbArgumentWinsOverEverything() {
        assertEquals(Path.of("/data/mine.db"), WorkbookLocation.resolve("/data/mine.db",
                Map.of("AIVW_DB", "/env/other.db", "XDG_DATA_HOME", "/xdg"), "Linux", HOME));
    }

    @Test
    void theEnvironmentVariableComesNext() {
        assertEquals(Path.of("/env/other.db"), WorkbookLocation.resolve(null,
                Map.of("AIVW_DB", "/env/other.db"), "Linux", HOME));
        assertEquals(Path.of("/env/other.db"), WorkbookLocation.resolve("  ",
                Map.of("AIVW_DB", "/env/other.db"), "Linux", HOME));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/xdg/ai-venture-workbook/workbook.db"),
                WorkbookLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg", "AIVW_DB", ""), "Linux", HOME));
        assertEquals(Path.of("/home/lin/.local/share/ai-venture-workbook/workbook.db"),
                WorkbookLocation.resolve(null, Map.of(), "Linux", HOME));
        assertEquals(Path.of("/home/lin/.local/share/ai-venture-workbook/workbook.db"),
                WorkbookLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME),
                "a relative XDG_DATA_HOME is ignored, as the XDG spec says");
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\lin\\AppData\\Roaming";
        assertEquals(Path.of(appData, "AI Venture Workbook", "workbook.db"),
                WorkbookLocation.resolve(null, Map.of("APPDATA", appData), "Windows 11", HOME));
        assertEquals(HOME.resolve("AppData/Roaming/AI Venture Workbook/workbook.db"),
                WorkbookLocation.resolve(null, Map.of(), "Windows 10", HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/home/lin/Library/Application Support/AI Venture Workbook/workbook.db"),
                WorkbookLocation.resolve(null, Map.of(), "Mac OS X", HOME));
    }

    @Test
    void theAppsOwnFolderIgnoresTheChosenWorkbook() {
        Map<String, String> env = Map.of("AIVW_DB", "/tmp/elsewhere/other.db");
        assertEquals(HOME.resolve(".local/share/ai-venture-workbook"), WorkbookLocation.dataFolder(env, "Linux", HOME));
        assertEquals(HOME.resolve("Library/Application Support/AI Venture Workbook"),
                WorkbookLocation.dataFolder(env, "Mac OS X", HOME));
        assertEquals(WorkbookLocation.resolve(null, Map.of(), "Windows 11", HOME).getParent(),
                WorkbookLocation.dataFolder(env, "Windows 11", HOME));
    }
}
