package org.aiventure.workbook.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.projects.ProjectsViewModel;
import org.aiventure.workbook.ui.projects.TransfersViewModel;

/** The bottom line: which database is open, how many projects it holds, and whether it opened at all. */
public final class StatusBar extends HBox {

    public StatusBar(ShellViewModel shell, ProjectsViewModel projects, TransfersViewModel transfers, I18n i18n) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);

        Label file = new Label();
        file.setId("status-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            var path = shell.fileProperty().get();
            return path == null ? "" : path.getFileName().toString();
        }, shell.fileProperty()));
        file.tooltipProperty().bind(Bindings.createObjectBinding(() -> shell.fileProperty().get() == null ? null
                : new javafx.scene.control.Tooltip(shell.fileProperty().get().toString()), shell.fileProperty()));

        Label state = new Label();
        state.setId("status-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> switch (shell.stateProperty().get()) {
            case OPENING -> i18n.get("status.opening");
            case FAILED -> i18n.get("status.failed");
            case READY -> i18n.get("status.projects", projects.projects().size());
        }, shell.stateProperty(), i18n.languageProperty(), projects.projects()));
        state.getStyleClass().add("status-state");
        shell.stateProperty().addListener((obs, old, now) ->
                state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"),
                        now == ShellViewModel.State.FAILED));

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(14, 14);
        working.visibleProperty().bind(projects.busyProperty());
        working.managedProperty().bind(projects.busyProperty());
        Label result = new Label();
        result.setId("status-result");
        result.textProperty().bind(Bindings.createStringBinding(() -> projects.busyProperty().get()
                ? i18n.get("status.working") : transfers.lastResultProperty().get(),
                projects.busyProperty(), transfers.lastResultProperty(), i18n.languageProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label offline = new Label();
        offline.textProperty().bind(i18n.text("status.offline"));
        offline.getStyleClass().add("text-muted");
        getChildren().addAll(file, new Label("·"), state, working, result, spacer, offline);
    }
}
