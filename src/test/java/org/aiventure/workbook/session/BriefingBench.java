package org.aiventure.workbook.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whole-operation figures of the PDF briefing (assess, draw, write the file), as File ▸ Export PDF briefing
 * and {@code brief} run it: the two examples, first run and warm, and ProjectGenerator's 10,000-risk project.
 * Run with -Xmx256m (README); DESIGN.md's targets are 2 s per example and 20 s for 10,000 risks.
 */
public final class BriefingBench {

    private static final int RUNS = 5;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private BriefingBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("briefing-bench");
        KnowledgeBase kb = KnowledgeBase.load();
        Briefings briefings = new Briefings(kb, Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC));
        System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (String example : new String[] {Examples.MEDTRIAGE, Examples.ZHIZAO}) {
            Project project = Examples.project(example);
            Path out = dir.resolve(Path.of(example).getFileName() + ".pdf");
            long first = time(briefings, project, out);
            long best = Long.MAX_VALUE;
            long[] warm = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                warm[i] = time(briefings, project, out);
                best = Math.min(best, warm[i]);
            }
            java.util.Arrays.sort(warm);
            System.out.printf("%-22s first %5d ms, warm median %4d ms, %d pages, %,d bytes%n",
                    Path.of(example).getFileName(), first, warm[RUNS / 2], pages(out), Files.size(out));
        }
        int risks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Project large = ProjectGenerator.generate(42, risks);
        Path out = dir.resolve("large.pdf");
        for (int i = 0; i < 2; i++) {
            long ms = time(briefings, large, out);
            System.out.printf("%,d risks            run %d %6d ms, %d pages, %.1f MiB%n", risks, i + 1, ms,
                    pages(out), Files.size(out) / (double) (1 << 20));
        }
    }

    private static long time(Briefings briefings, Project project, Path out) throws IOException {
        long start = System.nanoTime();
        briefings.write(project, null, AS_OF, out);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
