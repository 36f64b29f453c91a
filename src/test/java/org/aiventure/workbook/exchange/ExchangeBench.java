package org.aiventure.workbook.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.testing.ProjectGenerator;

/**
 * Whole-operation figures of the exchange on ProjectGenerator's 10,000-risk project: median export and validated
 * import, plain and encrypted (600,000 PBKDF2 iterations), and how fast an over-size and a deeply nested file are
 * refused. Run with -Xmx256m (README); DESIGN.md's target is 500 ms for a plain export or import.
 */
public final class ExchangeBench {

    private static final int RISKS = 10_000;
    private static final int RUNS = 15;
    private static final int CRYPTO_RUNS = 5;
    private static final Instant EXPORTED = Instant.parse("2026-11-28T18:00:00Z");
    private static final String GENERATOR = "AI Venture Workbook bench";
    private static final long MIB = 1 << 20;

    private ExchangeBench() {
    }

    public static void main(String[] args) throws IOException {
        Project project = ProjectGenerator.generate(42, RISKS);
        ProjectFiles files = new ProjectFiles();
        byte[] plain = export(files, project);
        byte[] encrypted = exportEncrypted(files, project);
        System.out.printf("%,d risks: plain file %.1f MiB, encrypted %.1f MiB, max heap %d MiB%n", RISKS,
                plain.length / (double) MIB, encrypted.length / (double) MIB, Runtime.getRuntime().maxMemory() / MIB);

        report("plain export", RUNS, () -> export(files, project));
        report("plain import (validated)", RUNS, () -> files.read(new ByteArrayInputStream(plain), PasswordSource.NONE));
        report("encrypted export", CRYPTO_RUNS, () -> exportEncrypted(files, project));
        report("encrypted import (validated)", CRYPTO_RUNS,
                () -> files.read(new ByteArrayInputStream(encrypted), () -> "bench password".toCharArray()));
        report("refuse 65 MiB stream, length unknown", CRYPTO_RUNS,
                () -> refuse(files, blanks(65 * MIB), -1));
        report("refuse 65 MiB stream, length known", RUNS, () -> refuse(files, blanks(65 * MIB), 65 * MIB));
        byte[] deep = ("{\"format\": \"ai-venture-workbook\", \"project\": " + "[".repeat(10 << 20))
                .getBytes(StandardCharsets.UTF_8);
        report("refuse 10 MiB of nesting", RUNS, () -> refuse(files, new ByteArrayInputStream(deep), -1));
    }

    private static byte[] export(ProjectFiles files, Project project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(project, EXPORTED, GENERATOR, out);
        return out.toByteArray();
    }

    private static byte[] exportEncrypted(ProjectFiles files, Project project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.writeEncrypted(project, EXPORTED, GENERATOR, "bench password".toCharArray(), out);
        return out.toByteArray();
    }

    private static long refuse(ProjectFiles files, InputStream in, long knownLength) throws IOException {
        CountingInputStream counted = new CountingInputStream(in);
        try {
            files.read(counted, knownLength, PasswordSource.NONE);
        } catch (AivwFormatException e) {
            return counted.count();
        }
        throw new IllegalStateException("the file was not refused");
    }

    /** A JSON prefix and blanks to {@code size} bytes, streamed rather than held. */
    private static InputStream blanks(long size) {
        return new InputStream() {
            private long left = size;

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
                Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
    }

    private static void report(String what, int runs, Operation operation) throws IOException {
        operation.run(); // warm-up, and the figure of what it returns
        Object result = operation.run();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String note = result instanceof Long bytesRead ? String.format(" (%,d bytes read)", bytesRead) : "";
        System.out.printf("%-40s median %8.1f ms  min %8.1f ms  over %d runs%s%n", what, nanos[runs / 2] / 1e6,
                nanos[0] / 1e6, runs, note);
    }

    @FunctionalInterface
    private interface Operation {
        Object run() throws IOException;
    }
}
