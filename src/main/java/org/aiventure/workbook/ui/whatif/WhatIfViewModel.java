package org.aiventure.workbook.ui.whatif;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scenario.Scenario;
import org.aiventure.workbook.scenario.ScenarioOutcome;
import org.aiventure.workbook.scenario.WhatIf;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.ui.common.BackgroundTask;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.TaskExecutor;

/**
 * A what-if scenario over the open project: the founder names it and changes its stage, sectors, markets and
 * answers; each change re-plays it off the FX thread and {@link #outcomeProperty} shows what it adds and
 * removes. Nothing touches the project until {@link #apply}, which makes the whole scenario one undoable edit;
 * {@link #discard} only forgets it.
 */
public final class WhatIfViewModel {

    private final ProjectModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<ScenarioOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    // Counts the plays asked for, so the result of an older one that finishes late is dropped.
    private long plays;

    public WhatIfViewModel(ProjectModel model, I18n i18n, DialogService dialogs, TaskExecutor tasks) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.tasks = tasks;
        name.set(i18n.get("whatif.name.default"));
        reset();
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

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** The last finished play of the current scenario; null before the first one lands. */
    public ReadOnlyObjectProperty<ScenarioOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while a play runs in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Apply is offered only for a scenario that changes something and has a name for the Undo menu. */
    public BooleanBinding canApply() {
        return Bindings.createBooleanBinding(() -> scenario.get() != null && project() != null
                && scenario.get().changes(project()) && !name.get().isBlank(), scenario, name,
                model.projectProperty());
    }

    public void changeStage(Stage stage) {
        change(scenario.get().withStage(stage));
    }

    public void include(Sector sector, boolean included) {
        change(scenario.get().with(sector, included));
    }

    public void include(Market market, boolean included) {
        change(scenario.get().with(market, included));
    }

    public void answer(ProfileFact fact, boolean yes) {
        change(scenario.get().with(fact, yes));
    }

    /**
     * Makes the scenario real: one edit, so one Undo takes the whole scenario back. Afterwards the scenario
     * starts again from the changed project. Returns whether the project changed.
     */
    public boolean apply() {
        Scenario s = scenario.get();
        if (s == null || project() == null || !s.changes(project())) {
            return false;
        }
        boolean applied = model.apply(s.named(name.get().strip()).edit());
        if (applied) {
            reset();
        }
        return applied;
    }

    /** Forgets the scenario's changes; the project is not touched. */
    public void discard() {
        reset();
    }

    private void reset() {
        Project p = project();
        scenario.set(p == null ? null : Scenario.of(p, name.get()));
        play();
    }

    private void change(Scenario next) {
        if (next != null && !next.equals(scenario.get())) {
            scenario.set(next);
            play();
        }
    }

    private void play() {
        Project p = project();
        Assessment before = model.currentAssessment();
        Scenario s = scenario.get();
        KnowledgeBase kb = knowledge();
        if (p == null || before == null || s == null || kb == null) {
            outcome.set(null);
            return;
        }
        long play = ++plays;
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> WhatIf.evaluate(p, before, s, kb))
                .onSuccess(result -> {
                    if (play == plays) {
                        outcome.set(result);
                    }
                })
                .onFailure(error -> dialogs.showError(i18n.get("whatif.title"), i18n.describe(error)))
                .onFinished(() -> busy.set(play != plays)));
    }
}
