package org.aiventure.workbook.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.testing.ProjectGenerator;

/**
 * Whole-operation figures of the store for the README, with raw JDBC baselines measured in the same run on
 * the same disk. Not a test (tests never assert on time); run it from the project folder with
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.aiventure.workbook.store.StoreBench [folder]
 * </pre>
 * The database goes to a fresh folder under {@code folder} (default: java.io.tmpdir), which must be on a real
 * disk for the fsync cost of each save to show.
 */
public final class StoreBench {

    private static final int RISKS = 10_000;
    private static final int LOADS = 15;
    private static final int SAVES = 200;

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path parent = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        Path dir = Files.createTempDirectory(parent, "aivw-bench");
        try {
            run(dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir) throws Exception {
        Path file = dir.resolve("workbook.db");
        Project project = ProjectGenerator.generate(1, RISKS);
        int mitigations = project.risks().stream().mapToInt(r -> r.mitigations().size()).sum();
        System.out.printf("Project: %d risks, %d mitigations, %d analysis items, %d canvas notes, %d team entries%n",
                project.risks().size(), mitigations, project.analysis().size(), project.canvas().size(),
                project.team().size());

        long createStart = System.nanoTime();
        try (WorkbookStore store = WorkbookStore.open(file)) {
            store.create(project);
        }
        System.out.printf("create (insert the whole project, one transaction): %.1f ms; file %.1f MB%n",
                ms(System.nanoTime() - createStart), Files.size(file) / 1e6);

        double[] openLoad = new double[LOADS];
        for (int i = -5; i < LOADS; i++) {
            long t = System.nanoTime();
            try (WorkbookStore store = WorkbookStore.open(file)) {
                store.load(project.id());
            }
            if (i >= 0) {
                openLoad[i] = ms(System.nanoTime() - t);
            }
        }
        double[] load = new double[LOADS];
        double[] save = new double[SAVES];
        try (WorkbookStore store = WorkbookStore.open(file)) {
            for (int i = -5; i < LOADS; i++) {
                long t = System.nanoTime();
                store.load(project.id());
                if (i >= 0) {
                    load[i] = ms(System.nanoTime() - t);
                }
            }
            StoredProject stored = store.load(project.id());
            Random random = new Random(7);
            for (int i = -50; i < SAVES; i++) {
                Project before = stored.project();
                Risk risk = before.risks().get(random.nextInt(before.risks().size()));
                Project after = before.withRisk(risk.id(), r -> r.withTitle("Edited title " + random.nextInt()));
                long t = System.nanoTime();
                stored = store.save(stored.revision(), before, after);
                if (i >= 0) {
                    save[i] = ms(System.nanoTime() - t);
                }
            }
        }
        System.out.printf("open + load of the %d-risk project: median %.1f ms (target <= 150 ms)%n", RISKS,
                median(openLoad));
        System.out.printf("load alone (store already open):    median %.1f ms%n", median(load));
        System.out.printf("persist one edit (one risk's title, synchronous FULL): median %.2f ms, p90 %.2f ms"
                + " (target <= 2 ms)%n", median(save), percentile(save, 0.9));
        baseline(dir.resolve("baseline.db"), "FULL");
        baseline(dir.resolve("baseline-normal.db"), "NORMAL");
    }

    /** Raw JDBC on a plain table, same journal mode: what SQLite itself costs here. */
    private static void baseline(Path file, String synchronous) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = " + synchronous);
            double[] insert = new double[LOADS];
            String[] ids = new String[RISKS];
            for (int i = -3; i < LOADS; i++) {
                s.execute("DROP TABLE IF EXISTS plain");
                s.execute("CREATE TABLE plain (id TEXT PRIMARY KEY, title TEXT NOT NULL, n INTEGER NOT NULL)");
                long t = System.nanoTime();
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO plain VALUES (?, ?, ?)")) {
                    for (int k = 0; k < RISKS; k++) {
                        ids[k] = UUID.randomUUID().toString();
                        ps.setString(1, ids[k]);
                        ps.setString(2, "Risk title " + k);
                        ps.setInt(3, k);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
                if (i >= 0) {
                    insert[i] = ms(System.nanoTime() - t);
                }
            }
            double[] update = new double[SAVES];
            Random random = new Random(7);
            try (PreparedStatement ps = c.prepareStatement("UPDATE plain SET title = ? WHERE id = ?")) {
                for (int i = -50; i < SAVES; i++) {
                    ps.setString(1, "Edited " + i);
                    ps.setString(2, ids[random.nextInt(RISKS)]);
                    long t = System.nanoTime();
                    ps.executeUpdate();
                    if (i >= 0) {
                        update[i] = ms(System.nanoTime() - t);
                    }
                }
            }
            System.out.printf("baseline, synchronous %s: raw batch insert of %d rows median %.1f ms;"
                    + " raw autocommit UPDATE median %.3f ms%n", synchronous, RISKS, median(insert), median(update));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
