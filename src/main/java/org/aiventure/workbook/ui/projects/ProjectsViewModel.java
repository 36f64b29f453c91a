package org.aiventure.workbook.ui.projects;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.SaveState;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.ui.common.BackgroundTask;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.TaskExecutor;

/**
 * The sidebar's list of projects and what can be done to them: create (blank or from the guide), rename,
 * duplicate, delete. Every store call runs as a background task; the lists change on the FX thread.
 */
public final class ProjectsViewModel {

    private final I18n i18n;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ObjectProperty<Workbook> workbook;

    private final ObservableList<ProjectSummary> projects = FXCollections.observableArrayList();
    private final FilteredList<ProjectSummary> visible = new FilteredList<>(projects, p -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<ProjectSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<ProjectSummary> lastDeleted = new SimpleObjectProperty<>(this, "lastDeleted");
    // False from the moment a workbook opens until its projects are listed (with the one to reopen selected).
    private final BooleanProperty listed = new SimpleBooleanProperty(this, "listed");
    private final BooleanBinding nothingToOpen = listed.and(selected.isNull());
    private final ProjectModel current;
    private final Function<Path, Optional<UUID>> lastOpened;

    /**
     * {@code lastOpened} names the project to open again when a workbook opens (the one open when the app last
     * closed), if any.
     */
    public ProjectsViewModel(I18n i18n, DialogService dialogs, TaskExecutor tasks,
                             ObjectProperty<Workbook> workbook, ProjectModel current,
                             Function<Path, Optional<UUID>> lastOpened) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.workbook = workbook;
        this.current = current;
        this.lastOpened = lastOpened;
        filter.addListener((obs, old, now) -> {
            String needle = now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(p -> needle.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(needle));
        });
        // A refreshed list brings new summaries of the same project (a later revision): only another
        // project, or none, opens or closes anything.
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                openSelected();
            }
        });
        // Another window saved this project since it was opened: say so and reload instead of overwriting.
        current.saveStateProperty().addListener((obs, old, now) -> {
            if (now != null && now.kind() == SaveState.Kind.FAILED && current.openProperty().get() != null
                    && current.openProperty().get().isStale()) {
                dialogs.showError(i18n.get("project.stale.title"), now.problem().message(i18n.language()));
                openSelected();
            }
        });
        // A saved rename shows in the list.
        current.saveStateProperty().addListener((obs, old, now) -> {
            ProjectSummary shown = selected.get();
            if (now != null && now.kind() == SaveState.Kind.SAVED && shown != null && current.project() != null
                    && !shown.name().equals(current.project().name())) {
                refresh(null);
            }
        });
        workbook.addListener((obs, old, now) -> {
            listed.set(false);
            projects.clear();
            close(current.openProperty().get());
            current.setOpen(null, null);
            if (now != null) {
                list(now);
            }
        });
        if (workbook.get() != null) {
            list(workbook.get());
        }
    }

    /** Lists a workbook just opened, with the project open at the last close selected (and so opened). */
    private void list(Workbook opened) {
        refresh(lastOpened.apply(opened.file()).orElse(null));
    }

    /** All projects of the workbook, sorted by name. */
    public ObservableList<ProjectSummary> projects() {
        return projects;
    }

    /** The projects whose name contains the filter text. */
    public ObservableList<ProjectSummary> visibleProjects() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ProjectSummary> selectedProperty() {
        return selected;
    }

    /** True once the open workbook's projects are listed (with the one to reopen selected). */
    public ObservableBooleanValue listed() {
        return listed;
    }

    /**
     * True when the workbook's projects are listed and none is selected, so none is on its way either: the
     * moment for the welcome, and never while a workbook or a project is still loading.
     */
    public ObservableBooleanValue nothingToOpen() {
        return nothingToOpen;
    }

    /** The selected project, open for editing. */
    public ProjectModel current() {
        return current;
    }

    /** True while a store operation runs: the buttons that start another one are disabled. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    public void newBlankProject() {
        dialogs.askText(i18n.get("project.new.title"), i18n.get("project.new.prompt"),
                        i18n.get("project.new.defaultName"))
                .ifPresent(name -> run(wb -> wb.createBlank(name, i18n.language()), this::selectAfterRefresh));
    }

    public void newProjectFromGuide() {
        dialogs.askText(i18n.get("project.fromGuide.title"), i18n.get("project.new.prompt"),
                        i18n.get("project.fromGuide.defaultName"))
                .ifPresent(name -> run(wb -> wb.createFromGuide(name, i18n.language()), this::selectAfterRefresh));
    }

    /** Renames the selected project: an undoable edit of the open project, saved like any other. */
    public void renameSelected() {
        ProjectSummary p = selected.get();
        if (p == null || current.project() == null || !current.project().id().equals(p.id())) {
            return;
        }
        dialogs.askText(i18n.get("project.rename.title"), i18n.get("project.new.prompt"), current.project().name())
                .ifPresent(name -> current.apply(Edit.of("edit.rename", project -> project.withName(name))));
    }

    public void duplicateSelected() {
        ProjectSummary p = selected.get();
        if (p == null) {
            return;
        }
        String name = i18n.get("project.duplicate.name", p.name());
        run(wb -> wb.duplicate(p.id(), name), this::selectAfterRefresh);
    }

    public void deleteSelected() {
        ProjectSummary p = selected.get();
        if (p == null || !dialogs.confirm(i18n.get("project.delete.title"),
                i18n.get("project.delete.message", p.name()), i18n.get("project.delete.confirm"))) {
            return;
        }
        OpenProject open = current.openProperty().get();
        current.setOpen(null, null);
        run(wb -> {
            close(open);
            wb.delete(p.id());
            return p;
        }, deleted -> {
            lastDeleted.set(deleted);
            refresh(null);
        });
    }

    /** The project deleted last, which Undo delete brings back; null when there is none to bring back. */
    public ObjectProperty<ProjectSummary> lastDeletedProperty() {
        return lastDeleted;
    }

    /** Brings back the project deleted last. */
    public void undoDelete() {
        ProjectSummary p = lastDeleted.get();
        if (p != null) {
            lastDeleted.set(null);
            run(wb -> wb.restore(p.id()), this::selectAfterRefresh);
        }
    }

    /** Offers the workbook's deleted projects and brings the chosen one back. */
    public void restoreDeleted() {
        Workbook wb = workbook.get();
        if (wb == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(wb::deletedProjects)
                .onSuccess(deleted -> {
                    if (deleted.isEmpty()) {
                        dialogs.showInformation(i18n.get("project.restore.title"), i18n.get("project.restore.none"));
                        return;
                    }
                    dialogs.choose(i18n.get("project.restore.title"), i18n.get("project.restore.prompt"), deleted,
                                    ProjectSummary::name)
                            .ifPresent(p -> run(w -> w.restore(p.id()), this::selectAfterRefresh));
                })
                .onFailure(this::showError));
    }

    /** Reloads the list from the store, then selects {@code select} if given. */
    public void refresh(UUID select) {
        Workbook wb = workbook.get();
        if (wb == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(wb::projects)
                .onSuccess(list -> {
                    // A list of the workbook open before this one (its refresh was on its way) is no use.
                    if (workbook.get() == wb) {
                        applyList(list, select);
                    }
                })
                .onFailure(this::showError));
    }

    private void applyList(List<ProjectSummary> list, UUID select) {
        UUID keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        projects.setAll(list);
        selected.set(list.stream().filter(p -> p.id().equals(keep)).findFirst().orElse(null));
        listed.set(true);
    }

    private void selectAfterRefresh(StoredProject stored) {
        refresh(stored.project().id());
    }

    /** Opens the selected project again, after something else (an import) changed it in the store. */
    public void reloadCurrent() {
        openSelected();
    }

    /**
     * Opens the selected project for editing, after the one open before has finished its last write (off the
     * FX thread, since that may wait on disk).
     */
    private void openSelected() {
        Workbook wb = workbook.get();
        ProjectSummary summary = selected.get();
        OpenProject previous = current.openProperty().get();
        current.setOpen(null, null);
        if (summary == null || wb == null) {
            tasks.execute(BackgroundTask.of(() -> close(previous)));
            return;
        }
        tasks.execute(BackgroundTask.of(() -> {
                    close(previous);
                    return wb.openProject(summary.id(), tasks.uiThread(), tasks.assessor());
                })
                .onSuccess(opened -> {
                    if (selected.get() != null && selected.get().id().equals(opened.project().id())
                            && current.openProperty().get() == null) {
                        current.setOpen(opened, wb.knowledge());
                    } else {
                        tasks.execute(BackgroundTask.of(() -> close(opened)));
                    }
                })
                .onFailure(this::showError));
    }

    /** Closes an open project, waiting for its last write; nothing to do for null. */
    private static void close(OpenProject open) {
        if (open != null) {
            open.close();
        }
    }

    /** At exit: the open project's last write lands before the workbook closes. */
    public void closeCurrent() {
        OpenProject open = current.openProperty().get();
        current.setOpen(null, null);
        close(open);
    }

    private <T> void run(StoreCall<T> call, Consumer<T> then) {
        Workbook wb = workbook.get();
        if (wb == null) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> call.apply(wb))
                .onSuccess(then)
                .onFailure(this::showError)
                .onFinished(() -> busy.set(false)));
    }

    private void showError(Throwable error) {
        dialogs.showError(i18n.get("error.title"), i18n.describe(error));
    }

    /** One operation on the open workbook. */
    @FunctionalInterface
    private interface StoreCall<T> {
        T apply(Workbook workbook) throws Exception;
    }
}
