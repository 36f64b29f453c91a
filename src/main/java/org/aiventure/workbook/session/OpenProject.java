package org.aiventure.workbook.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.aiventure.workbook.domain.DomainException;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.store.StaleRevisionException;
import org.aiventure.workbook.store.WorkbookStore;
import org.aiventure.workbook.store.WorkbookStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project a founder is editing: the one place edits are applied, undone and redone, saved and assessed.
 * An edit runs on the caller's (UI) thread and listeners see the changed project at once; it is then assessed
 * on the assessor (a background thread in the app: a 10,000-risk assessment takes longer than a frame) and
 * saved by a background writer; both coalesce a burst of edits, so a founder typing fast waits for neither.
 * Listeners are told again when the assessment of the project they show arrives; an assessment of a project
 * already edited further is dropped, so the assessment shown is always of the current project or, for the
 * moment in between, of the one before it. Undo restores the project an edit started from (Scene Builder's
 * JobManager, with immutable states instead of revert code). Listeners are told on the UI thread.
 */
public final class OpenProject implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenProject.class);

    /**
     * What listeners are told after every change: the project, the latest assessment (of this project when
     * {@code assessed}, of the one before it until its own arrives) and the save state.
     */
    public record State(Project project, Assessment assessment, boolean assessed, SaveState save) {
    }

    /** One step of the undo history: the edit's name and the project before and after it. */
    private record Step(Edit edit, Project before, Project after) {
    }

    private final WorkbookStore store;
    private final KnowledgeBase knowledge;
    private final Clock clock;
    private final Executor uiThread;
    private final Executor assessor;
    private final ExecutorService writer;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();

    // Owned by the UI thread; the writer reads the last save time from {@code save}, hence volatile.
    private Project current;
    private Assessment assessment;
    private Project assessedProject;
    private volatile SaveState save;

    // Handed from the UI thread to the assessor: the latest project to assess; then the last it assessed.
    private volatile Project toAssess;
    private Project lastAssessed;

    // Owned by the writer thread: what the store holds, and at which revision.
    private Project saved;
    private long revision;
    // Handed from the UI thread to the writer: the latest project to save (null once written).
    private volatile Project pending;

    OpenProject(WorkbookStore store, KnowledgeBase knowledge, StoredProject stored, Clock clock, Executor uiThread,
                Executor assessor) {
        this.store = store;
        this.knowledge = knowledge;
        this.clock = clock;
        this.uiThread = uiThread;
        this.assessor = assessor;
        this.current = stored.project();
        this.saved = stored.project();
        this.revision = stored.revision();
        this.save = SaveState.saved(stored.project().updatedAt());
        this.assessment = assess(current);
        this.assessedProject = current;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "autosave-" + stored.project().name());
            t.setDaemon(true);
            return t;
        });
    }

    public Project project() {
        return current;
    }

    /** The latest assessment: of {@link #project} when {@link #assessed}, else of the project before it. */
    public Assessment assessment() {
        return assessment;
    }

    /** Whether {@link #assessment} is of the current project (false while an edit is being assessed). */
    public boolean assessed() {
        return assessedProject == current;
    }

    public SaveState saveState() {
        return save;
    }

    /** Called on the UI thread after every change, with the new state. */
    public void addListener(Consumer<State> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<State> listener) {
        listeners.remove(listener);
    }

    /**
     * Applies an edit: the project changes at once, the change goes on the undo history and is saved in the
     * background. An edit that would break a rule of the project throws {@link DomainException} and changes
     * nothing. An edit that changes nothing is not recorded.
     */
    public void apply(Edit edit) {
        Project before = current;
        Project after = edit.applyTo(before);
        if (after.equals(before)) {
            return;
        }
        after = after.withUpdatedAt(clock.instant());
        undo.push(new Step(edit, before, after));
        redo.clear();
        change(after);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit that Undo would take back (for the menu's "Undo rename"). */
    public Optional<Edit> undoEdit() {
        return Optional.ofNullable(undo.peek()).map(Step::edit);
    }

    public Optional<Edit> redoEdit() {
        return Optional.ofNullable(redo.peek()).map(Step::edit);
    }

    public void undo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(step);
            change(step.before());
        }
    }

    public void redo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(step);
            change(step.after());
        }
    }

    /** Waits for the last write (closing the window), then stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The last save of {} did not finish in time", current.name());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void change(Project next) {
        if (writer.isShutdown()) {
            throw new IllegalStateException("the project " + current.name() + " was closed");
        }
        current = next;
        save = SaveState.saving(save.savedAt());
        pending = next;
        writer.execute(this::writePending);
        toAssess = next;
        notifyListeners();
        assessor.execute(this::assessPending);
    }

    private Assessment assess(Project project) {
        return Assessor.assess(project, knowledge, LocalDate.now(clock.withZone(ZoneId.systemDefault())));
    }

    /**
     * On the assessor: assesses the latest project handed over, unless it was assessed already (a burst of edits
     * queues a task each, and the first of them may have assessed the last edit). The UI thread takes the result
     * only if the founder has not edited further meanwhile.
     */
    private void assessPending() {
        Project next = toAssess;
        if (next == lastAssessed) {
            return;
        }
        lastAssessed = next;
        Assessment result = assess(next);
        uiThread.execute(() -> {
            if (next == current) {
                assessment = result;
                assessedProject = next;
                notifyListeners();
            }
        });
    }

    /**
     * On the writer thread: saves the latest pending project, if any. Edits made while a write runs are
     * picked up by the next task in the queue, so a burst of keystrokes becomes a few writes, not one each.
     */
    private void writePending() {
        Project next = pending;
        if (next == null || next == saved) {
            return;
        }
        SaveState outcome;
        try {
            StoredProject stored = store.save(revision, saved, next);
            saved = next;
            revision = stored.revision();
            outcome = SaveState.saved(clock.instant());
        } catch (StaleRevisionException e) {
            LOG.warn("{} was changed elsewhere; not overwriting it", next.name());
            outcome = SaveState.failed(save.savedAt(), e);
        } catch (WorkbookStoreException | DomainException e) {
            LOG.warn("Saving {} failed", next.name(), e);
            outcome = SaveState.failed(save.savedAt(), e);
        } catch (RuntimeException e) {
            LOG.error("Saving {} failed unexpectedly", next.name(), e);
            outcome = SaveState.failed(save.savedAt(), new DomainException("session.error.saveFailed",
                    String.valueOf(e.getMessage())));
        }
        SaveState result = outcome;
        uiThread.execute(() -> {
            // A newer edit may be waiting for its own write: the bar says "Saving…" until that one lands.
            boolean newer = pending != next;
            if (!newer || result.kind() == SaveState.Kind.FAILED) {
                save = result;
                notifyListeners();
            }
        });
    }

    /** Whether this project's last write was refused because another window saved it meanwhile. */
    public boolean isStale() {
        return save.kind() == SaveState.Kind.FAILED && save.problem() instanceof StaleRevisionException;
    }

    private void notifyListeners() {
        State state = new State(current, assessment, assessed(), save);
        for (Consumer<State> listener : listeners) {
            listener.accept(state);
        }
    }

}
