package org.aiventure.workbook.scoring;

import java.time.LocalDate;
import java.util.Arrays;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.testing.ProjectGenerator;

/**
 * Median time of one whole assessment on generated projects of 100 and 10,000 risks (targets: 0.5 ms and
 * 20 ms). Not a test (tests never assert on time); run it from the project folder with
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.aiventure.workbook.scoring.ScoringBench
 * </pre>
 */
public final class ScoringBench {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private ScoringBench() {
    }

    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeBase.load();
        measure(kb, 100, 5_000, 2_001);
        measure(kb, 10_000, 100, 101);
    }

    private static void measure(KnowledgeBase kb, int risks, int warmups, int runs) {
        Project project = ProjectGenerator.generate(1, risks);
        int findings = 0;
        for (int i = 0; i < warmups; i++) {
            findings = Assessor.assess(project, kb, AS_OF).findings().size();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Assessment a = Assessor.assess(project, kb, AS_OF);
            nanos[i] = System.nanoTime() - start;
            findings = a.findings().size();
        }
        Arrays.sort(nanos);
        System.out.printf("%,6d risks, %,6d findings: median %.3f ms, p90 %.3f ms over %d runs%n", risks, findings,
                nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, runs);
    }
}
