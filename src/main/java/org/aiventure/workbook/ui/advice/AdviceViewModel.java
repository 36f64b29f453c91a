package org.aiventure.workbook.ui.advice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.Advisor;
import org.aiventure.workbook.advice.ClaimAnswer;
import org.aiventure.workbook.advice.Confirmation;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.ui.common.BackgroundTask;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The top ten next best actions of the open project, for the dashboard and the findings panel alike. Ranking
 * runs off the FX thread a moment after the project stops changing (typing does not start a run per key);
 * a run that finishes after a newer one started is dropped, so the list always matches the project shown.
 * An action that only plans applies in one click; one that needs the founder's words or claims work done
 * first shows its place in the project, then opens the claim editor pre-filled with the change and applies
 * it only with every required answer (the evidence, and for a filled role who fills it).
 */
public final class AdviceViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AdviceViewModel.class);

    /** How many actions the screens show. */
    public static final int TOP = 10;
    /** The pause after the last change before ranking starts. */
    public static final Duration PAUSE = Duration.millis(300);

    private final ProjectModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final ClaimEditor claims;
    private final Navigator navigator;
    private final TaskExecutor tasks;
    private final Supplier<UUID> ids;
    private final PauseTransition pause;
    private final ReadOnlyObjectWrapper<List<Action>> actions = new ReadOnlyObjectWrapper<>(this, "actions", List.of());
    private final ReadOnlyBooleanWrapper ranking = new ReadOnlyBooleanWrapper(this, "ranking");
    /** Counts requested runs; a result is shown only when no run was requested after its own. */
    private long generation;

    public AdviceViewModel(ProjectModel model, I18n i18n, DialogService dialogs, ClaimEditor claims,
                           Navigator navigator, TaskExecutor tasks) {
        this(model, i18n, dialogs, claims, navigator, tasks, PAUSE, UUID::randomUUID);
    }

    /** With the pause (zero ranks at once, for tests without an FX thread) and the source of new ids. */
    public AdviceViewModel(ProjectModel model, I18n i18n, DialogService dialogs, ClaimEditor claims,
                           Navigator navigator, TaskExecutor tasks, Duration pause, Supplier<UUID> ids) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.claims = claims;
        this.navigator = navigator;
        this.tasks = tasks;
        this.ids = ids;
        this.pause = pause.greaterThan(Duration.ZERO) ? new PauseTransition(pause) : null;
        if (this.pause != null) {
            this.pause.setOnFinished(e -> rank());
        }
        // An edit makes the list stale at once; it is ranked again from the edit's assessment, which follows.
        model.projectProperty().addListener(obs -> changed());
        model.assessmentProperty().addListener(obs -> changed());
        changed();
    }

    /** The best actions first, at most {@link #TOP}; empty with no project. */
    public ReadOnlyObjectProperty<List<Action>> actionsProperty() {
        return actions.getReadOnlyProperty();
    }

    /** True while a ranking for the current project is pending or running. */
    public ReadOnlyBooleanProperty rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    /** "Implement data masking on R-001" in the current language. */
    public String describe(Action action) {
        return action.describe(model.knowledge(), i18n.language());
    }

    public String buttonLabel(Action action) {
        return i18n.get(action.kind().confirmation() == Confirmation.NONE ? "advice.apply" : "advice.confirm");
    }

    public String buttonTooltip(Action action) {
        return i18n.get(action.kind().confirmation() == Confirmation.NONE ? "advice.apply.tooltip"
                : "advice.confirm.tooltip");
    }

    /**
     * Does the action: at once when it only plans; else shows its subject where it is edited and opens the claim
     * editor pre-filled with the change, applying the founder's answer as one undoable edit. Cancelling, or an
     * answer with a required part blank, changes nothing. Returns whether the project changed.
     */
    public boolean perform(Action chosen) {
        if (model.project() == null) {
            return false;
        }
        Optional<Action> current = stillCurrent(chosen);
        if (current.isEmpty()) {
            dialogs.showInformation(i18n.get("advice.stale.title"), i18n.get("advice.stale", describe(chosen)));
            return false;
        }
        Action action = current.get();
        if (action.kind().confirmation() == Confirmation.NONE) {
            return model.apply(action.edit(null, ids));
        }
        show(action);
        ClaimForm form = new ClaimForms(model.knowledge(), i18n).of(action, model.project(),
                model.assessmentProperty().get().asOf());
        Optional<ClaimAnswer> answer = claims.edit(form);
        if (answer.isEmpty()) {
            return false;
        }
        List<String> missing = form.missing(answer.get());
        if (!missing.isEmpty()) {
            // the app's own editor cannot confirm such an answer; any other editor is held to the same rule
            dialogs.showError(i18n.get("advice.confirm.required.title"),
                    i18n.get("claim.notRecorded", ClaimForms.missing(i18n, missing)));
            return false;
        }
        return model.apply(action.edit(answer.get(), ids));
    }

    /**
     * The action as it stands in the project now. The list is ranked a moment after each edit, so a click in
     * that moment may pick a step the edit already took or changed: ranked again first, here, it is applied
     * with its current gain, or not at all if it no longer helps.
     */
    private Optional<Action> stillCurrent(Action chosen) {
        if (!ranking.get()) {
            return Optional.of(chosen);
        }
        return Advisor.rank(model.project(), model.knowledge(), model.currentAssessment()).stream()
                .filter(a -> a.kind() == chosen.kind() && a.subject().equals(chosen.subject())
                        && a.detail().equals(chosen.detail()))
                .findFirst();
    }

    /** The place where the action's subject is edited: the risk's detail, the role, block, item or practice. */
    private void show(Action action) {
        String id = action.subject().id();
        switch (action.subject().type()) {
            case RISK -> navigator.showRisk(UUID.fromString(id));
            case ROLE, PRACTICE -> navigator.show(Page.TEAM, action.subject().type().name() + ":" + id);
            case BLOCK -> navigator.show(Page.CANVAS, "BLOCK:" + id);
            case ANALYSIS_ITEM -> navigator.show(Page.ANALYSIS, "ANALYSIS_ITEM:" + id);
            default -> navigator.show(Page.RISKS);
        }
    }

    private void changed() {
        generation++;
        ranking.set(model.project() != null);
        if (pause != null) {
            pause.playFromStart();
        } else {
            rank();
        }
    }

    private void rank() {
        Project project = model.project();
        Assessment assessment = model.assessmentProperty().get();
        KnowledgeBase kb = model.knowledge();
        long run = generation;
        if (project == null || assessment == null || kb == null) {
            actions.set(List.of());
            ranking.set(false);
            return;
        }
        if (model.checkingProperty().get()) {
            return; // the assessment of the latest edit is on its way, and ranks then
        }
        tasks.execute(BackgroundTask.of(() -> top(Advisor.rank(project, kb, assessment)))
                .onSuccess(ranked -> {
                    if (run == generation) {
                        actions.set(ranked);
                        ranking.set(false);
                    }
                })
                .onFailure(error -> {
                    // a bug, not a state of the project: the list stays as it was, the log says why
                    LOG.error("Ranking the next best actions failed", error);
                    ranking.set(false);
                }));
    }

    private static List<Action> top(List<Action> ranked) {
        return List.copyOf(ranked.subList(0, Math.min(TOP, ranked.size())));
    }
}
