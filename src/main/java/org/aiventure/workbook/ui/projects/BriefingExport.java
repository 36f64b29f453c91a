package org.aiventure.workbook.ui.projects;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.session.ProjectTransfers;
import org.aiventure.workbook.ui.common.BackgroundTask;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.TaskExecutor;

/**
 * File ▸ Export PDF briefing…: asks where to save the open project's briefing, writes it in the background
 * while its progress shows, lets the founder cancel (then nothing is written), and offers to open the PDF.
 * The briefing is dated like the assessment on screen, so it shows the scores the founder sees.
 */
public final class BriefingExport {

    private static final String PDF = ".pdf";

    /** Writes one briefing, off the FX thread: the workbook's briefings in the app. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes {@code project}'s briefing as of {@code asOf} to {@code target}, telling {@code progress} the
         * share done; stops with a {@link CancellationException}, writing nothing, once {@code cancelled} says so.
         */
        void write(Project project, LocalDate asOf, Path target, DoubleConsumer progress, BooleanSupplier cancelled)
                throws IOException;
    }

    private final ProjectModel current;
    private final I18n i18n;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Writer writer;
    private final Consumer<Path> openDocument;
    private final Consumer<String> report;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper(this, "projectName", "");
    private AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * {@code openDocument} opens a file in the system's viewer; {@code report} puts a one-line outcome in the
     * status bar.
     */
    public BriefingExport(ProjectModel current, I18n i18n, DialogService dialogs, TaskExecutor tasks, Writer writer,
                          Consumer<Path> openDocument, Consumer<String> report) {
        this.current = current;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.writer = writer;
        this.openDocument = openDocument;
        this.report = report;
    }

    /** True from the moment the file is chosen until the briefing is written, cancelled or failed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The share written so far, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The name of the project whose briefing is being written. */
    public ReadOnlyStringProperty projectNameProperty() {
        return projectName.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }

    public void export() {
        Project project = current.project();
        Assessment assessment = current.assessmentProperty().get();
        if (project == null || assessment == null || running.get()) {
            return;
        }
        dialogs.chooseFileToSave(i18n.get("briefing.export.title"),
                        ProjectTransfers.safeFileName(project.name()) + PDF, i18n.get("briefing.filter.pdf"), "*" + PDF)
                .ifPresent(target -> write(project, assessment.asOf(), withPdfSuffix(target)));
    }

    /** Stops the briefing being written; the file is left as it was. */
    public void cancel() {
        cancelled.set(true);
    }

    private void write(Project project, LocalDate asOf, Path target) {
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        projectName.set(project.name());
        progress.set(0);
        running.set(true);
        tasks.execute(BackgroundTask.of(() -> {
            // A share that arrives once the briefing has ended is stale: the bar keeps its last state.
            writer.write(project, asOf, target, share -> tasks.uiThread().execute(() -> {
                if (running.get()) {
                    progress.set(share);
                }
            }), stop::get);
            return target;
        }).onSuccess(written -> {
            running.set(false);
            offerToOpen(project.name(), written);
        }).onFailure(error -> {
            running.set(false);
            if (error instanceof CancellationException) {
                report.accept(i18n.get("briefing.export.cancelled"));
            } else {
                dialogs.showError(i18n.get("briefing.export.title"),
                        i18n.get("briefing.export.failed", target, i18n.describe(error)));
            }
        }));
    }

    private void offerToOpen(String name, Path written) {
        progress.set(1);
        report.accept(i18n.get("briefing.export.done", name, written.getFileName()));
        if (dialogs.confirm(i18n.get("briefing.open.title"), i18n.get("briefing.open.message", name, written),
                i18n.get("briefing.open.confirm"))) {
            openDocument.accept(written);
        }
    }

    /** A name typed without the extension still makes a PDF the system opens as one. */
    private static Path withPdfSuffix(Path target) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(PDF) ? target : target.resolveSibling(name + PDF);
    }
}
