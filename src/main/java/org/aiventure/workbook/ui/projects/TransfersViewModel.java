package org.aiventure.workbook.ui.projects;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.FieldChange;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectDiff;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.session.Backup;
import org.aiventure.workbook.session.ImportChoice;
import org.aiventure.workbook.session.ImportPlan;
import org.aiventure.workbook.session.ProjectTransfers;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.ui.common.BackgroundTask;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.FilePasswords;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Once;
import org.aiventure.workbook.ui.common.TaskExecutor;

/**
 * The File menu's transfers: import and export of project files (plain or encrypted), restoring a backup, and
 * the risk register as a spreadsheet. Files are read and written in background tasks; the questions (which
 * file, which password, replace or copy) are asked through the dialog service.
 */
public final class TransfersViewModel {

    private static final String AIVW = "*.aivw";
    private static final String CSV = "*.csv";
    /** How {@link ProjectDiff} names a changed profile answer: {@code profile.<factKey>}. */
    private static final String PROFILE_FACT = "profile.";

    private final I18n i18n;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ObjectProperty<Workbook> workbook;
    private final ProjectsViewModel projects;
    private final Consumer<Path> openWorkbook;
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper(this, "lastResult", "");

    /** {@code openWorkbook} opens a database file as the workbook (a workbook backup is restored so). */
    public TransfersViewModel(I18n i18n, DialogService dialogs, TaskExecutor tasks, ObjectProperty<Workbook> workbook,
                              ProjectsViewModel projects, Consumer<Path> openWorkbook) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.workbook = workbook;
        this.projects = projects;
        this.openWorkbook = openWorkbook;
    }

    /** What the last transfer did, in the current language, for the status bar. */
    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /** Puts the outcome of another file operation (the PDF briefing) in the status bar. */
    public void report(String message) {
        lastResult.set(message);
    }

    public void importProject() {
        dialogs.chooseFileToOpen(i18n.get("transfer.import.title"), i18n.get("transfer.filter.aivw"), AIVW)
                .ifPresent(this::importFile);
    }

    /** Imports one file: checks it whole, asks for a password if it is encrypted, and asks on a conflict. */
    public void importFile(Path file) {
        Workbook wb = workbook.get();
        if (wb == null) {
            return;
        }
        projects.busyProperty().set(true);
        tasks.execute(BackgroundTask.of(() -> wb.transfers().plan(file,
                FilePasswords.askingFor(file, tasks, dialogs, i18n)))
                .onSuccess(plan -> decideAndApply(wb, plan))
                .onFailure(this::showError)
                .onFinished(() -> projects.busyProperty().set(false)));
    }

    /**
     * Imports a file as soon as a workbook is open (at start-up the database opens in the background): the
     * import flow of a double-click on a project file, with the same questions as File ▸ Import….
     */
    public void importOnceOpen(Path file) {
        Once.when(workbook, Objects::nonNull, () -> importFile(file));
    }

    public void restoreBackup() {
        Workbook wb = workbook.get();
        if (wb == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(() -> wb.transfers().backups())
                .onSuccess(this::chooseBackup)
                .onFailure(this::showError));
    }

    public void exportProject(boolean encrypted) {
        ProjectSummary selected = projects.selectedProperty().get();
        Workbook wb = workbook.get();
        if (selected == null || wb == null) {
            return;
        }
        char[] password = null;
        if (encrypted) {
            password = dialogs.askPassword(i18n.get("transfer.exportEncrypted.title"),
                    i18n.get("transfer.exportEncrypted.prompt"), true).orElse(null);
            if (password == null) {
                return;
            }
        }
        char[] key = password;
        String title = i18n.get(encrypted ? "transfer.exportEncrypted.title" : "transfer.export.title");
        dialogs.chooseFileToSave(title, fileName(selected.name(), ".aivw"), i18n.get("transfer.filter.aivw"), AIVW)
                .ifPresentOrElse(target -> run(() -> {
                    wb.transfers().export(selected.id(), target, key);
                    return target;
                }, written -> done("transfer.export.done", selected.name(), written.getFileName())),
                    () -> wipe(key));
    }

    public void exportRisks() {
        ProjectSummary selected = projects.selectedProperty().get();
        Workbook wb = workbook.get();
        if (selected == null || wb == null) {
            return;
        }
        dialogs.chooseFileToSave(i18n.get("transfer.exportCsv.title"), fileName(selected.name(), "-risks.csv"),
                        i18n.get("transfer.filter.csv"), CSV)
                .ifPresent(target -> run(() -> {
                    wb.transfers().exportRisks(selected.id(), target);
                    return target;
                }, written -> done("transfer.exportCsv.done", selected.name(), written.getFileName())));
    }

    /** Adds the risks of a spreadsheet to the open project, as one undoable edit. */
    public void importRisks() {
        Project target = projects.current().project();
        Workbook wb = workbook.get();
        if (target == null || wb == null) {
            return;
        }
        dialogs.chooseFileToOpen(i18n.get("transfer.importCsv.title"), i18n.get("transfer.filter.csv"), CSV)
                .ifPresent(file -> run(() -> wb.transfers().readRisks(target, file), risks -> {
                    if (projects.current().apply(Edit.of("edit.importRisks", p -> {
                        Project next = p;
                        for (Risk r : risks) {
                            next = next.addRisk(r);
                        }
                        return next;
                    }, String.valueOf(risks.size())))) {
                        done("transfer.importCsv.done", risks.size(), target.name());
                    }
                }));
    }

    private void decideAndApply(Workbook wb, ImportPlan plan) {
        ImportChoice choice = ImportChoice.REPLACE;
        if (plan.conflicts()) {
            List<ImportChoice> answers = List.of(ImportChoice.REPLACE, ImportChoice.COPY);
            var decided = dialogs.decide(i18n.get("transfer.conflict.title"),
                    i18n.get("transfer.conflict.message", plan.existing().project().name(), plan.changes().count()),
                    describe(plan.changes()), answers, a -> i18n.get("transfer.conflict." + a.name()));
            if (decided.isEmpty()) {
                return;
            }
            choice = decided.get();
        }
        ImportChoice how = choice;
        run(() -> wb.transfers().apply(plan, how), stored -> {
            done("transfer.import.done", stored.project().name());
            projects.refresh(stored.project().id());
            projects.reloadCurrent();
        });
    }

    private void chooseBackup(List<Backup> backups) {
        if (backups.isEmpty()) {
            dialogs.showInformation(i18n.get("transfer.restore.title"), i18n.get("transfer.restore.none"));
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(i18n.language().locale()).withZone(ZoneId.systemDefault());
        dialogs.choose(i18n.get("transfer.restore.title"), i18n.get("transfer.restore.prompt"), backups,
                b -> (b.kind() == Backup.Kind.PROJECT ? b.projectName() : i18n.get("transfer.restore.workbook",
                        b.file().getFileName())) + " — " + when.format(b.takenAt()))
                .ifPresent(b -> {
                    if (b.kind() == Backup.Kind.PROJECT) {
                        importFile(b.file());
                    } else if (dialogs.confirm(i18n.get("transfer.restore.title"),
                            i18n.get("transfer.restore.workbook.confirm", b.file()), i18n.get("action.openWorkbookShort"))) {
                        openWorkbook.accept(b.file());
                    }
                });
    }

    /** The difference a replace would make, one line a kind of change, in the current language. */
    String describe(ProjectDiff diff) {
        if (diff.isEmpty()) {
            return i18n.get("transfer.diff.none");
        }
        StringBuilder out = new StringBuilder();
        for (FieldChange f : diff.profile()) {
            out.append(i18n.get("transfer.diff.field", fieldLabel(f.field()), f.before(), f.after())).append('\n');
        }
        line(out, "transfer.diff.risksAdded", diff.addedRiskCodes());
        line(out, "transfer.diff.risksRemoved", diff.removedRiskCodes());
        line(out, "transfer.diff.risksChanged", diff.changedRiskCodes());
        count(out, "transfer.diff.analysis", diff.analysis().count());
        count(out, "transfer.diff.canvas", diff.canvas().count());
        count(out, "transfer.diff.team", diff.team().count());
        count(out, "transfer.diff.practices", diff.practices().count());
        count(out, "transfer.diff.snapshots", diff.snapshots().count());
        return out.toString().strip();
    }

    /** A profile field as the Profile page names it: the question of a profile fact, else its own label. */
    private String fieldLabel(String field) {
        if (field.startsWith(PROFILE_FACT)) {
            return workbook.get().knowledge().label(i18n.language(),
                    ProfileFact.ofKey(field.substring(PROFILE_FACT.length())));
        }
        return i18n.get("transfer.field." + field);
    }

    private void line(StringBuilder out, String key, List<String> codes) {
        if (!codes.isEmpty()) {
            out.append(i18n.get(key, codes.stream().collect(Collectors.joining(", ")))).append('\n');
        }
    }

    private void count(StringBuilder out, String key, int n) {
        if (n > 0) {
            out.append(i18n.get(key, n)).append('\n');
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        projects.busyProperty().set(true);
        tasks.execute(BackgroundTask.of(work)
                .onSuccess(then)
                .onFailure(this::showError)
                .onFinished(() -> projects.busyProperty().set(false)));
    }

    private void done(String key, Object... args) {
        lastResult.set(i18n.get(key, args));
    }

    private void showError(Throwable error) {
        dialogs.showError(i18n.get("error.title"), i18n.describe(error));
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    private static String fileName(String projectName, String suffix) {
        return ProjectTransfers.safeFileName(projectName) + suffix;
    }
}
