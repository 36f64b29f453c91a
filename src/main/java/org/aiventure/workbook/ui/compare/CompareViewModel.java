package org.aiventure.workbook.ui.compare;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scenario.ProjectComparison;
import org.aiventure.workbook.scenario.ScoreComparison;
import org.aiventure.workbook.session.ProjectTransfers;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.ui.common.BackgroundTask;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.FilePasswords;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.TaskExecutor;

/**
 * Compare: two snapshots of the open project by their scores, or the open project beside another one (of the
 * workbook, or an {@code .aivw} file such as a co-founder's copy) by scores, findings and risks matched by
 * code. Loading the other project (SQLite, JSON, decryption) and assessing both run off the FX thread; an
 * encrypted file asks for its password on the FX thread, only once it turns out to be encrypted.
 */
public final class CompareViewModel {

    private static final String AIVW = "*.aivw";

    private final ProjectModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ObjectProperty<Workbook> workbook;
    private final ObservableList<ProjectSummary> projects;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ScoreComparison> snapshots = new ReadOnlyObjectWrapper<>(this, "snapshots");
    private final ReadOnlyObjectWrapper<ProjectComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper otherName = new ReadOnlyStringWrapper(this, "otherName", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public CompareViewModel(ProjectModel model, I18n i18n, DialogService dialogs, TaskExecutor tasks,
                            ObjectProperty<Workbook> workbook, ObservableList<ProjectSummary> projects, Clock clock) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.workbook = workbook;
        this.projects = projects;
        this.clock = clock;
    }

    public I18n i18n() {
        return i18n;
    }

    public KnowledgeBase knowledge() {
        return model.knowledge();
    }

    public Project project() {
        return model.project();
    }

    /** The open project's snapshots, oldest first. */
    public List<Snapshot> snapshotList() {
        Project p = project();
        return p == null ? List.of() : p.snapshots().stream()
                .sorted(java.util.Comparator.comparing(Snapshot::takenAt)).toList();
    }

    /** The other projects of the workbook, to compare with. */
    public List<ProjectSummary> otherProjects() {
        Project p = project();
        return projects.stream().filter(s -> p == null || !s.id().equals(p.id())).toList();
    }

    public ReadOnlyObjectProperty<ScoreComparison> snapshotComparisonProperty() {
        return snapshots.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProjectComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The name of what the open project is compared with: a project's name or a file's. */
    public ReadOnlyStringProperty otherNameProperty() {
        return otherName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Two snapshots, the earlier as "before" whatever the order chosen; nothing when either is missing. */
    public void compareSnapshots(Snapshot one, Snapshot other) {
        snapshots.set(one == null || other == null ? null : ScoreComparison.between(one, other));
    }

    public void compareWith(ProjectSummary other) {
        Workbook wb = workbook.get();
        if (other == null || wb == null) {
            return;
        }
        compare(other.name(), () -> wb.load(other.id()).project());
    }

    /** Asks for an {@code .aivw} file and compares with the project it holds. */
    public void compareWithFile() {
        dialogs.chooseFileToOpen(i18n.get("compare.file.title"), i18n.get("transfer.filter.aivw"), AIVW)
                .ifPresent(this::compareWithFile);
    }

    public void compareWithFile(Path file) {
        compare(file.getFileName().toString(), () -> ProjectTransfers.read(file,
                FilePasswords.askingFor(file, tasks, dialogs, i18n)));
    }

    private void compare(String name, Callable<Project> other) {
        Project mine = project();
        KnowledgeBase kb = knowledge();
        if (mine == null || kb == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> ProjectComparison.of(mine, other.call(), kb, today))
                .onSuccess(result -> {
                    otherName.set(name);
                    comparison.set(result);
                })
                .onFailure(error -> dialogs.showError(i18n.get("compare.failed", name), i18n.describe(error)))
                .onFinished(() -> busy.set(false)));
    }
}
