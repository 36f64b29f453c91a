package org.aiventure.workbook.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing as one operation: progress by section, and a cancelled briefing leaves the old file alone. */
class BriefingsTest {

    private final Briefings briefings = new Briefings(KnowledgeBase.load(),
            Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void progressCountsTheSectionsAndCancellingKeepsTheEarlierFile() throws Exception {
        Path target = dir.resolve("brief.pdf");
        List<Double> shares = new ArrayList<>();
        briefings.write(Examples.project(Examples.MEDTRIAGE), null, null, target, shares::add, () -> false);
        assertEquals(9, shares.size(), "a share per section, the trend included: " + shares);
        for (int i = 0; i < shares.size(); i++) {
            assertEquals(i / 9.0, shares.get(i), 1e-9);
        }
        byte[] before = Files.readAllBytes(target);

        assertThrows(CancellationException.class, () -> briefings.write(Examples.project(Examples.ZHIZAO), null,
                null, target, share -> { }, () -> true));
        assertArrayEquals(before, Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
