package org.aiventure.workbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.ImportChoice;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.PasswordPrompt;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.aiventure.workbook.ui.analysis.AnalysisViewModel;
import org.aiventure.workbook.ui.canvas.CanvasViewModel;
import org.aiventure.workbook.ui.dashboard.DashboardViewModel;
import org.aiventure.workbook.ui.findings.FindingsViewModel;
import org.aiventure.workbook.ui.profile.ProfileViewModel;
import org.aiventure.workbook.ui.team.TeamViewModel;
import org.aiventure.workbook.ui.risks.RiskRegisterViewModel;

/**
 * How long the UI thread is busy when a founder commits a cell in a 10,000-risk register. As in the app, the edit
 * and the pages following it run on the UI thread, the assessment on a background assessor, and the UI thread
 * then shows the findings; every piece of work the UI thread runs is one pause (the commit, then the arrival of
 * the assessment, and of the save notice), and the figures are over all of them. The register page and the
 * findings panel are shown and the other pages visited but hidden (they follow only while shown); a second run
 * has every page shown, the worst case. Also printed: how long after the commit the findings are up to date.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.aiventure.workbook.bench.EditPauseBench}
 */
public final class EditPauseBench {

    private EditPauseBench() {
    }

    private static void measure(ProjectModel model, RiskRegisterViewModel register, BlockingQueue<Runnable> ui,
                                int risks, String what) throws InterruptedException {
        List<Double> pauses = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID id = model.project().risks().get(i * 97 % risks).id();
            long t0 = System.nanoTime();
            register.setTitle(id, "Edited title " + i + " " + what.length());
            List<Double> commit = new ArrayList<>(List.of((System.nanoTime() - t0) / 1e6));
            while (model.checkingProperty().get()) {
                Runnable work = ui.take();
                long t1 = System.nanoTime();
                work.run();
                commit.add((System.nanoTime() - t1) / 1e6);
            }
            double latency = (System.nanoTime() - t0) / 1e6;
            if (i >= 10) {
                pauses.addAll(commit);
                latencies.add(latency);
            }
        }
        Collections.sort(pauses);
        Collections.sort(latencies);
        System.out.printf("commit one cell in a %,d-risk register (%s): UI-thread pauses median %.1f ms, p90 %.1f ms, "
                        + "max %.1f ms over %d pauses of 50 commits (target: <= 50 ms); findings up to date after "
                        + "median %.1f ms, p90 %.1f ms%n", risks, what, pauses.get(pauses.size() / 2),
                pauses.get(pauses.size() * 9 / 10), pauses.get(pauses.size() - 1), pauses.size(),
                latencies.get(latencies.size() / 2), latencies.get(latencies.size() * 9 / 10));
    }

    public static void main(String[] args) throws Exception {
        int risks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("aivw-pause");
        Project generated = ProjectGenerator.generate(42, risks);
        Path file = dir.resolve("big.aivw");
        KnowledgeBase kb = KnowledgeBase.load();
        try (Workbook wb = Workbook.open(dir.resolve("w.db"), kb)) {
            try (var out = Files.newOutputStream(file)) {
                new org.aiventure.workbook.exchange.ProjectFiles().write(generated, java.time.Instant.now(), "bench", out);
            }
            wb.transfers().apply(wb.transfers().plan(file, PasswordPrompt.NONE), ImportChoice.REPLACE);
            BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
            ExecutorService assessor = Executors.newSingleThreadExecutor();
            I18n i18n = new I18n(Language.EN);
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ProjectModel model = new ProjectModel(i18n, dialogs);
            Navigator nowhere = new Navigator() {
                @Override
                public void show(Page page) {
                }

                @Override
                public void show(Page page, String subject) {
                }
            };
            BooleanProperty othersShown = new SimpleBooleanProperty(false);
            RiskRegisterViewModel register = new RiskRegisterViewModel(model.whileShown(new SimpleBooleanProperty(true)), i18n);
            FindingsViewModel findings = new FindingsViewModel(model, i18n, nowhere, request -> java.util.Optional.empty());
            var pages = List.of(new DashboardViewModel(model.whileShown(othersShown), i18n, dialogs, nowhere),
                    new ProfileViewModel(model.whileShown(othersShown), i18n),
                    new AnalysisViewModel(model.whileShown(othersShown), i18n, dialogs),
                    new CanvasViewModel(model.whileShown(othersShown), i18n),
                    new TeamViewModel(model.whileShown(othersShown), i18n));
            OpenProject open = wb.openProject(generated.id(), ui::add, assessor);
            model.setOpen(open, kb);
            // A founder types for a while before a pause would be noticed: warm the JIT on every page first, so
            // the two runs below compare the pages shown, not the order they run in.
            othersShown.set(true);
            measure(model, register, ui, risks, "warm-up, every page shown, not a result");
            othersShown.set(false);
            measure(model, register, ui, risks, "the register page and the findings panel shown");
            othersShown.set(true);
            measure(model, register, ui, risks, "all " + (pages.size() + 1) + " pages and the findings following");
            System.out.println("findings shown: " + findings.totalProperty().get() + ", rows: " + register.rows().size());
            open.close();
            assessor.shutdown();
        }
    }
}
