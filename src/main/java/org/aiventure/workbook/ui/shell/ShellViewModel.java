package org.aiventure.workbook.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.aiventure.workbook.session.Settings;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state above any one page: which workbook database is open (or still opening, or refused)
 * and what the status bar says about it.
 */
public final class ShellViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    /** Where the workbook stands; the status bar and the sidebar's empty state follow it. */
    public enum State { OPENING, READY, FAILED }

    private final I18n i18n;
    private final DialogService dialogs;
    private final Function<Path, CompletableFuture<Workbook>> opener;
    private final Settings settings;
    private final ObjectProperty<Workbook> workbook = new SimpleObjectProperty<>(this, "workbook");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OPENING);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    /** {@code opener} opens a database off the FX thread (the app's start-up loader). */
    public ShellViewModel(I18n i18n, DialogService dialogs, Function<Path, CompletableFuture<Workbook>> opener,
                          Settings settings) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.opener = opener;
        this.settings = settings;
    }

    /** The workbooks opened lately, most recent first, for File ▸ Open recent. */
    public List<Path> recentWorkbooks() {
        return settings.recentWorkbooks();
    }

    public ObjectProperty<Workbook> workbookProperty() {
        return workbook;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The last failure to open a database, in the current language; null when there is none. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Opens a database in the background. A refused file keeps the previous workbook open (if any) and tells
     * the founder why, naming the file.
     */
    public void open(Path path) {
        state.set(State.OPENING);
        file.set(path);
        opener.apply(path).whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error == null) {
                Workbook previous = workbook.get();
                workbook.set(opened);
                settings.opened(opened.file());
                problem.set(null);
                state.set(State.READY);
                if (previous != null) {
                    previous.close();
                }
            } else {
                LOG.warn("Could not open {}", path, error);
                String message = i18n.describe(error);
                problem.set(message);
                Workbook previous = workbook.get();
                state.set(previous == null ? State.FAILED : State.READY);
                file.set(previous == null ? path : previous.file());
                dialogs.showError(i18n.get("workbook.open.failed.title"), message + "\n\n"
                        + i18n.get("workbook.open.failed.hint"));
            }
        }));
    }

    /** Asks for another database file and opens it. */
    public void chooseAndOpen() {
        dialogs.chooseFileToOpen(i18n.get("workbook.open.title"), i18n.get("workbook.open.filter"), "*.db",
                "*.sqlite").ifPresent(this::open);
    }

    /** Closes the open database (at exit). */
    public void close() {
        Workbook open = workbook.get();
        if (open != null) {
            open.close();
        }
    }
}
