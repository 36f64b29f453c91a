package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of file-format.md hold before a hostile file costs memory or time: size, nesting, the 100 cap. */
class FileLimitsTest {

    private static final long MIB = 1 << 20;
    private static final String PREFIX = "{\"format\": \"ai-venture-workbook\", \"formatVersion\": 1, "
            + "\"exportedAt\": \"2026-11-28T12:00:00Z\", \"generator\": \"test\", \"project\": ";

    @TempDir
    Path dir;

    private static AivwFormatException refused(InputStream in, long knownLength) {
        return assertThrows(AivwFormatException.class,
                () -> new ProjectFiles().read(in, knownLength, PasswordSource.NONE));
    }

    @Test
    void anOverSizeFileOfKnownLengthIsRefusedBeforeAnyByteIsRead() throws IOException {
        Path big = dir.resolve("big.aivw");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(65 * MIB); // sparse: no 65 MiB are written
        }
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(big))) {
            AivwFormatException e = refused(in, Files.size(big));

            assertEquals("the file is larger than 64 MiB, the most a project file may be", e.getMessage());
            assertEquals(0, in.count());
        }
        // the public entry point takes the length from the file system; zeros would otherwise read as UTF-16
        AivwFormatException e = assertThrows(AivwFormatException.class,
                () -> new ProjectFiles().read(big, PasswordSource.NONE));
        assertEquals(AivwMessages.TOO_LARGE, e.key());
    }

    @Test
    void anOverSizeStreamIsRefusedAfterOneByteMoreThanTheLimit() {
        // well-formed JSON so far, with blanks to 65 MiB: only the size can stop it
        InputStream body = new InputStream() {
            private long left = 65 * MIB;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        CountingInputStream in = new CountingInputStream(new SequenceInputStream(
                new ByteArrayInputStream(PREFIX.getBytes(StandardCharsets.UTF_8)), body));

        AivwFormatException e = refused(in, -1);

        assertEquals(AivwMessages.TOO_LARGE, e.key());
        assertEquals(64 * MIB + 1, in.count());
    }

    @Test
    void aDeeplyNestedFileIsRefusedAfterReadingAFewKilobytes() {
        // 10 MiB of opening brackets: the parser stops at depth 65, long before the end
        byte[] deep = (PREFIX + "[".repeat(10 << 20)).getBytes(StandardCharsets.UTF_8);
        CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(deep));

        AivwFormatException e = refused(in, deep.length);

        Violation v = e.violations().get(0);
        assertTrue(v.message(Language.EN).endsWith(": nested more than 64 levels deep, deeper than any project file"),
                v.message(Language.EN));
        assertTrue(v.pointer().startsWith("/project/0/0/0/"), v.pointer());
        assertTrue(in.count() < MIB, in.count() + " bytes read");
    }

    @Test
    void onlyTheFirstHundredViolationsAreKeptAndTheRestCounted() {
        String base = Examples.text(Examples.MEDTRIAGE);
        String sectors = "\"sectors\": [" + "\"NOPE\", ".repeat(149) + "\"NOPE\"],";
        String text = base.replaceFirst("\"sectors\": \\[[^]]*],", sectors);
        CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        AivwFormatException e = refused(in, -1);

        assertEquals(150, e.total());
        assertEquals(100, e.violations().size());
        assertEquals("/project/sectors/99", e.violations().get(99).pointer());
        List<String> lines = e.getMessage().lines().toList();
        assertEquals("The file has 150 problems:", lines.get(0));
        assertTrue(lines.get(1).startsWith("/project/sectors/0: must be one of HEALTHCARE, FINANCE,"), lines.get(1));
        assertEquals("… and 50 more", lines.get(lines.size() - 1));
        assertEquals(102, lines.size());
    }
}
