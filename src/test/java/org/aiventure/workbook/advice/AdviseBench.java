package org.aiventure.workbook.advice;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.testing.ProjectGenerator;

/**
 * Median time to rank every candidate action of generated projects of 100 and 1,000 risks (target for 1,000:
 * ≤ 500 ms), the assessment it starts from included, against the oracle in the same run: each action applied
 * to a copy and the copy re-assessed in full. Not a test (tests never assert on time); run it with
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.aiventure.workbook.advice.AdviseBench
 * </pre>
 */
public final class AdviseBench {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private AdviseBench() {
    }

    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeBase.load();
        measure(kb, 100, 300, 201, 11);
        measure(kb, 1_000, 30, 51, 5);
    }

    private static void measure(KnowledgeBase kb, int risks, int warmups, int runs, int oracleRuns) {
        Project project = ProjectGenerator.generate(1, risks);
        List<Action> actions = List.of();
        for (int i = 0; i < warmups; i++) {
            actions = Advisor.rank(project, kb, AS_OF);
        }
        long[] fast = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            actions = Advisor.rank(project, kb, AS_OF);
            fast[i] = System.nanoTime() - start;
        }
        long[] oracle = new long[oracleRuns];
        for (int i = 0; i < oracleRuns; i++) {
            long start = System.nanoTime();
            reassessEach(project, kb, actions);
            oracle[i] = System.nanoTime() - start;
        }
        Arrays.sort(fast);
        Arrays.sort(oracle);
        System.out.printf("%,6d risks, %,5d actions: rank median %.2f ms, p90 %.2f ms over %d runs; "
                        + "copy + re-assess each: median %.1f ms over %d runs%n", risks, actions.size(),
                fast[runs / 2] / 1e6, fast[runs * 9 / 10] / 1e6, runs, oracle[oracleRuns / 2] / 1e6, oracleRuns);
    }

    private static void reassessEach(Project project, KnowledgeBase kb, List<Action> actions) {
        Supplier<UUID> ids = ProjectGenerator.ids(5);
        for (Action a : actions) {
            Assessor.assess(a.edit(new ClaimAnswer("evidence", "A. Person"), ids).applyTo(project), kb, AS_OF);
        }
    }
}
