package org.aiventure.workbook.scenario;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectCopy;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.testing.ProjectGenerator;

/**
 * Median time of one what-if play (the open project's assessment at hand, the scenario assessed and the
 * differences taken) and of one project comparison, on generated projects of 1,000 and 10,000 risks, with a
 * single assessment of the same project as the baseline. Not a test; run it from the project folder with
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.aiventure.workbook.scenario.WhatIfBench
 * </pre>
 */
public final class WhatIfBench {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private WhatIfBench() {
    }

    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeBase.load();
        for (int risks : new int[] {1_000, 10_000}) {
            Project project = ProjectGenerator.generate(1, risks);
            Assessment before = Assessor.assess(project, kb, AS_OF);
            Scenario eu = Scenario.of(project, "EU").with(Market.EU, !project.markets().contains(Market.EU));
            Project copy = ProjectCopy.withNewIds(project, "copy", UUID::randomUUID);
            int runs = risks == 1_000 ? 401 : 61;
            double assess = median(runs, () -> Assessor.assess(project, kb, AS_OF));
            double play = median(runs, () -> WhatIf.evaluate(project, before, eu, kb));
            double compare = median(runs, () -> ProjectComparison.of(project, copy, kb, AS_OF));
            System.out.printf("%,d risks: assess %.2f ms (baseline), what-if play %.2f ms, compare %.2f ms%n",
                    risks, assess, play, compare);
        }
    }

    private static double median(int runs, Runnable work) {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[runs / 2] / 1e6;
    }
}
