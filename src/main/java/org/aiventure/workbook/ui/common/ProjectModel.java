package org.aiventure.workbook.ui.common;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.aiventure.workbook.domain.DomainException;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.SaveState;

/**
 * The open project as every page sees it: observable properties of the project, its assessment and its save
 * state, and {@link #apply} as the one way a page changes data. A page binds to these and never talks to the
 * session itself, so every page shows the same project and the same findings. Null properties mean no
 * project is open. A page gets its own {@link #whileShown} copy, so a hidden page costs nothing per edit.
 */
public final class ProjectModel {

    private final I18n i18n;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<OpenProject> open = new ReadOnlyObjectWrapper<>(this, "open");
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(this, "assessment");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState");
    private final ReadOnlyObjectWrapper<KnowledgeBase> knowledge = new ReadOnlyObjectWrapper<>(this, "knowledge");
    private final Consumer<OpenProject.State> listener = this::show;
    /** The model this one mirrors for a page, or null for the window's own. */
    private final ProjectModel source;

    public ProjectModel(I18n i18n, DialogService dialogs) {
        this(i18n, dialogs, null);
    }

    private ProjectModel(I18n i18n, DialogService dialogs, ProjectModel source) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.source = source;
    }

    /**
     * This model as a page sees it: it follows every change while {@code shown} is true and catches up at
     * once when it turns true, so in a large project an edit does not redraw the pages nobody is looking at.
     * Edits, undo and redo go to this model.
     */
    public ProjectModel whileShown(ObservableBooleanValue shown) {
        ProjectModel page = new ProjectModel(i18n, dialogs, this);
        Runnable follow = () -> {
            if (shown.get()) {
                page.mirror();
            }
        };
        open.addListener(obs -> follow.run());
        project.addListener(obs -> follow.run());
        assessment.addListener(obs -> follow.run());
        checking.addListener(obs -> follow.run());
        saveState.addListener(obs -> follow.run());
        knowledge.addListener(obs -> follow.run());
        shown.addListener(obs -> follow.run());
        page.mirror();
        return page;
    }

    /** Takes the source's state, in the order {@link #show} keeps. */
    private void mirror() {
        knowledge.set(source.knowledge.get());
        open.set(source.open.get());
        checking.set(source.checking.get());
        project.set(source.project.get());
        assessment.set(source.assessment.get());
        saveState.set(source.saveState.get());
    }

    /** Shows {@code next} (or nothing), after closing the project shown before; call on the FX thread. */
    public void setOpen(OpenProject next, KnowledgeBase kb) {
        if (source != null) {
            throw new IllegalStateException("a page's model follows the window's; open projects there");
        }
        OpenProject previous = open.get();
        if (previous != null) {
            previous.removeListener(listener);
        }
        // The knowledge base stays when a project closes: pages that redraw on the way out still need labels.
        if (kb != null) {
            knowledge.set(kb);
        }
        open.set(next);
        if (next == null) {
            checking.set(false);
            project.set(null);
            assessment.set(null);
            saveState.set(null);
        } else {
            next.addListener(listener);
            show(new OpenProject.State(next.project(), next.assessment(), next.assessed(), next.saveState()));
        }
    }

    public ReadOnlyObjectProperty<OpenProject> openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /**
     * The open project's findings and scores, set after the project they belong to. After an edit the project
     * changes at once and its assessment follows when ready ({@link #checkingProperty} is true in between), so a
     * page that shows findings or scores listens to this property, not only to the project.
     */
    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    /**
     * Runs {@code refresh} after every change of the project or of its assessment, for a page that shows both:
     * an edit shows at once, and its findings and scores a moment later.
     */
    public void onChange(Runnable refresh) {
        project.addListener(obs -> refresh.run());
        assessment.addListener(obs -> refresh.run());
    }

    /**
     * The assessment of the project as it is now, for an action the founder takes: the one shown or, in the
     * moment before the latest edit's arrives, one made here. Null with no project open.
     */
    public Assessment currentAssessment() {
        Assessment shown = assessment.get();
        return shown == null || !checking.get() ? shown : Assessor.assess(project.get(), knowledge.get(), shown.asOf());
    }

    /** True while the latest edit is being assessed: the assessment shown is of the project before it. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The knowledge base of the open workbook, for labels, catalogues and templates. */
    public ReadOnlyObjectProperty<KnowledgeBase> knowledgeProperty() {
        return knowledge.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    public KnowledgeBase knowledge() {
        return knowledge.get();
    }

    /**
     * Changes the open project. An edit that breaks a rule (a title too long, a scale out of range) changes
     * nothing and is explained to the founder; returns whether it was applied.
     */
    public boolean apply(Edit edit) {
        if (source != null) {
            return source.apply(edit);
        }
        OpenProject target = open.get();
        if (target == null) {
            return false;
        }
        try {
            target.apply(edit);
            return true;
        } catch (DomainException e) {
            dialogs.showError(i18n.get("edit.refused.title"), i18n.describe(e));
            return false;
        }
    }

    public void undo() {
        if (source != null) {
            source.undo();
        } else if (open.get() != null) {
            open.get().undo();
        }
    }

    public void redo() {
        if (source != null) {
            source.redo();
        } else if (open.get() != null) {
            open.get().redo();
        }
    }

    /** True when Undo has something to take back; follows every change. */
    public BooleanBinding canUndo() {
        return Bindings.createBooleanBinding(() -> open.get() != null && open.get().canUndo(), project, open);
    }

    public BooleanBinding canRedo() {
        return Bindings.createBooleanBinding(() -> open.get() != null && open.get().canRedo(), project, open);
    }

    /** "Undo rename project", in the current language. */
    public StringBinding undoLabel() {
        return Bindings.createStringBinding(() -> label("action.undo", open.get() == null ? null
                : open.get().undoEdit().orElse(null)), project, open, i18n.languageProperty());
    }

    public StringBinding redoLabel() {
        return Bindings.createStringBinding(() -> label("action.redo", open.get() == null ? null
                : open.get().redoEdit().orElse(null)), project, open, i18n.languageProperty());
    }

    private String label(String action, Edit edit) {
        return edit == null ? i18n.get(action)
                : i18n.get(action + ".named", i18n.get(edit.labelKey(), edit.labelArgs().toArray()));
    }

    /**
     * The assessment is set last, always: after an edit it follows the project anyway, and when a project opens
     * or closes a listener of the assessment then sees the project it belongs to.
     */
    private void show(OpenProject.State state) {
        checking.set(!state.assessed());
        project.set(state.project());
        assessment.set(state.assessment());
        saveState.set(state.save());
    }
}
