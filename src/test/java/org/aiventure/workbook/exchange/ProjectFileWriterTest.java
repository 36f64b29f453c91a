package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.DomainException;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;

class ProjectFileWriterTest {

    private static final Instant EXPORTED = Instant.parse("2026-11-28T18:00:00Z");
    private static final String GENERATOR = "AI Venture Workbook 0.1.0";

    private final ProjectFileWriter writer = new ProjectFileWriter();

    private static Project example() throws IOException {
        return ProjectFileReader.read(Examples.bytes(Examples.ZHIZAO)).project();
    }

    private static Project blank() {
        return Project.blank(UUID.fromString("00000000-0000-4000-8000-00000000abcd"), "空白 project", Language.ZH_CN,
                Instant.parse("2026-01-02T03:04:05.120Z"));
    }

    private String text(Project p) {
        return new String(writer.toBytes(p, EXPORTED, GENERATOR), StandardCharsets.UTF_8);
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        Project p = example();

        assertArrayEquals(writer.toBytes(p, EXPORTED, GENERATOR), writer.toBytes(p, EXPORTED, GENERATOR));
    }

    @Test
    void writesTheEnvelopeFirst() {
        assertTrue(text(blank()).startsWith("""
                {
                  "format": "ai-venture-workbook",
                  "formatVersion": 1,
                  "exportedAt": "2026-11-28T18:00:00Z",
                  "generator": "AI Venture Workbook 0.1.0",
                  "project": {
                """));
    }

    @Test
    void writesNonAsciiAsItselfWithLfAndAFinalNewline() {
        String text = text(blank());

        assertTrue(text.contains("\"name\": \"空白 project\""), text);
        assertFalse(text.contains("\\u"), text);
        assertFalse(text.contains("\r"), text);
        assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"), text);
    }

    @Test
    void writesEmptyArraysAndInstantFractions() {
        String text = text(blank());

        assertTrue(text.contains("\n    \"risks\": [],\n"), text);
        assertTrue(text.contains("\n    \"sectors\": [],\n"), text);
        assertTrue(text.contains("\"createdAt\": \"2026-01-02T03:04:05.120Z\""), text);
    }

    @Test
    void writesScoresWithOneFractionalDigit() {
        Snapshot s = new Snapshot(UUID.fromString("00000000-0000-4000-8000-00000000ab01"),
                Instant.parse("2026-05-01T00:00:00Z"), "", "scoring-v1", new BigDecimal("100"),
                Map.of(Area.RISKS, new BigDecimal("41.25"), Area.TEAM, new BigDecimal("0"),
                        Area.CANVAS, new BigDecimal("1E+1"), Area.ANALYSIS, new BigDecimal("60.00")));

        String text = text(blank().withSnapshots(List.of(s)));

        assertTrue(text.contains("""
                        "overall": 100.0,
                        "areas": {
                          "RISKS": 41.3,
                          "TEAM": 0.0,
                          "CANVAS": 10.0,
                          "ANALYSIS": 60.0
                        }
                """), text);
    }

    @Test
    void whatItWritesReadsBackAsTheSameProject() throws IOException {
        Project p = example();

        Project back = ProjectFileReader.read(writer.toBytes(p, EXPORTED, GENERATOR)).project();

        assertEquals(p, back);
    }

    @Test
    void refusesAnEmptyGenerator() {
        assertThrows(DomainException.class, () -> writer.toBytes(blank(), EXPORTED, ""));
    }
}
