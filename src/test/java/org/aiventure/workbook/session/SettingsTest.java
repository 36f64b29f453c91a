package org.aiventure.workbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the app remembers between runs survives a restart, and a damaged file only means defaults. */
class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void recentWorkbooksAndLastProjectsSurviveARestart() {
        Path file = dir.resolve("settings.properties");
        Settings settings = Settings.load(file);
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("工作簿 b.db");
        UUID project = UUID.randomUUID();
        settings.opened(a);
        settings.opened(b);
        settings.opened(a);
        settings.lastProject(b, project);
        settings.put("window.width", "1440.0");
        settings.save();

        Settings again = Settings.load(file);
        assertEquals(List.of(a.toAbsolutePath(), b.toAbsolutePath()), again.recentWorkbooks());
        assertEquals(project, again.lastProject(b).orElseThrow());
        assertTrue(again.lastProject(a).isEmpty());
        assertEquals(1440.0, again.number("window.width", 0));
    }

    @Test
    void theRecentListKeepsTheEightLatest() {
        Settings settings = Settings.load(dir.resolve("s.properties"));
        for (int i = 0; i < 12; i++) {
            settings.opened(dir.resolve("w" + i + ".db"));
        }
        assertEquals(8, settings.recentWorkbooks().size());
        assertEquals(dir.resolve("w11.db").toAbsolutePath(), settings.recentWorkbooks().get(0));
    }

    @Test
    void aDamagedFileGivesDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.write(file, new byte[] {'\\', 'u', 'z', 'z', 'z', 'z'});
        Settings settings = Settings.load(file);
        assertEquals(800.0, settings.number("window.height", 800.0));
        settings.put("lastProject." + dir.resolve("x.db").toAbsolutePath(), "not-a-uuid");
        assertTrue(settings.lastProject(dir.resolve("x.db")).isEmpty());
    }
}
