package org.aiventure.workbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The app killed mid-stream of saves loses none that it reported saved, and leaves a sound file. */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everySaveReportedBeforeAKillIsThereAfterIt() throws Exception {
        Path file = dir.resolve("workbook.db");
        UUID id = UUID.randomUUID();
        try (WorkbookStore store = WorkbookStore.open(file)) {
            store.create(Project.blank(id, "saved 0", Language.EN, Instant.parse("2026-01-01T00:00:00Z")));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), file.toString(), id.toString()))
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        int reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (reported < 50 && (line = out.readLine()) != null) {
                reported = Integer.parseInt(line.substring("saved ".length()));
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        }
        assertEquals(50, reported, "the child stopped early; see " + dir.resolve("child.err"));

        assertEquals("ok", DatabaseFiles.integrityCheck(file));
        try (WorkbookStore store = WorkbookStore.open(file)) {
            Project p = store.load(id).project();
            int stored = Integer.parseInt(p.name().substring("saved ".length()));
            assertTrue(stored >= reported, "reported " + reported + " saved, found " + stored);
            assertEquals(stored, p.risks().size(), "the name and the risks come from the same save");
            assertEquals(stored + 1, store.load(id).revision());
        }
        assertEquals("ok", DatabaseFiles.integrityCheck(file));
    }
}
