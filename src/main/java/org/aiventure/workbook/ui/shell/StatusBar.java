package org.aiventure.workbook.ui.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.session.SaveState;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Once;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.projects.ProjectsViewModel;
import org.aiventure.workbook.ui.projects.TransfersViewModel;

/**
 * The bottom line: whether the open project is saved, which database is open and how many projects it holds,
 * the open project's readiness and its findings by severity (kept here when the findings panel is collapsed).
 */
public final class StatusBar extends HBox {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

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
                state.pseudoClassStateChanged(ERROR, now == ShellViewModel.State.FAILED));

        Label result = new Label();
        result.setId("status-result");
        result.textProperty().bind(Bindings.createStringBinding(() -> projects.busyProperty().get()
                ? i18n.get("status.working") : transfers.lastResultProperty().get(),
                projects.busyProperty(), transfers.lastResultProperty(), i18n.languageProperty()));

        ProjectModel current = projects.current();
        Label saved = new Label();
        saved.setId("status-saved");
        saved.textProperty().bind(Bindings.createStringBinding(() -> saveText(current.saveStateProperty().get(), i18n),
                current.saveStateProperty(), i18n.languageProperty()));
        current.saveStateProperty().addListener((obs, old, now) -> saved.pseudoClassStateChanged(ERROR,
                now != null && now.kind() == SaveState.Kind.FAILED));
        Label readiness = new Label();
        readiness.setId("status-readiness");
        readiness.textProperty().bind(Bindings.createStringBinding(() -> {
            Assessment a = current.assessmentProperty().get();
            return a == null ? "" : i18n.get("status.readiness", a.overall(), a.grade());
        }, current.assessmentProperty(), i18n.languageProperty()));
        HBox counts = new HBox(8);
        counts.setId("status-counts");
        counts.setAlignment(Pos.CENTER_LEFT);
        for (Severity severity : Severity.values()) {
            Label count = new Label();
            count.getStyleClass().addAll("severity-count", "severity-" + severity.name().toLowerCase(Locale.ROOT));
            Circle dot = new Circle(4);
            dot.getStyleClass().add("severity-dot");
            count.setGraphic(dot);
            count.textProperty().bind(Bindings.createStringBinding(() -> {
                Assessment a = current.assessmentProperty().get();
                long n = a == null ? 0 : a.findings().stream().filter(f -> f.severity() == severity).count();
                return i18n.get("severity." + severity.name()) + " " + n;
            }, current.assessmentProperty(), i18n.languageProperty()));
            counts.getChildren().add(count);
        }
        for (var node : new javafx.scene.Node[] {saved, readiness, counts}) {
            node.visibleProperty().bind(current.projectProperty().isNotNull());
            node.managedProperty().bind(node.visibleProperty());
        }

        Label deleted = new Label();
        deleted.textProperty().bind(Bindings.createStringBinding(() -> projects.lastDeletedProperty().get() == null
                ? "" : i18n.get("project.deleted", projects.lastDeletedProperty().get().name()),
                projects.lastDeletedProperty(), i18n.languageProperty()));
        Hyperlink undoDelete = new Hyperlink();
        undoDelete.setId("status-undo-delete");
        undoDelete.textProperty().bind(i18n.text("project.undoDelete"));
        undoDelete.setOnAction(e -> projects.undoDelete());
        for (var node : new javafx.scene.Node[] {deleted, undoDelete}) {
            node.visibleProperty().bind(projects.lastDeletedProperty().isNotNull());
            node.managedProperty().bind(node.visibleProperty());
        }

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label offline = new Label();
        offline.textProperty().bind(i18n.text("status.offline"));
        offline.getStyleClass().add("text-muted");
        getChildren().addAll(saved, file, new Label("·"), state, readiness, counts, result, deleted, undoDelete,
                spacer, offline);
        // The spinner joins with the first long task: its skin, built even while hidden, is a cost the first
        // window need not pay.
        Once.when(projects.busyProperty(), Boolean::booleanValue, () -> {
            ProgressIndicator working = new ProgressIndicator();
            working.setId("status-working");
            working.setPrefSize(14, 14);
            working.visibleProperty().bind(projects.busyProperty());
            working.managedProperty().bind(projects.busyProperty());
            getChildren().add(getChildren().indexOf(result), working);
        });
    }

    /**
     * The time of the last save, with its date when that was not today: a project opened after a week, or
     * imported from a co-founder, was not saved "at 09:10" today.
     */
    static String when(Instant savedAt, I18n i18n) {
        ZoneId zone = ZoneId.systemDefault();
        if (LocalDate.ofInstant(savedAt, zone).equals(LocalDate.now(zone))) {
            return TIME.format(savedAt);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.language().locale())
                .withZone(zone).format(savedAt) + " " + TIME.format(savedAt);
    }

    private static String saveText(SaveState save, I18n i18n) {
        if (save == null) {
            return "";
        }
        return switch (save.kind()) {
            case SAVED -> i18n.get("status.saved", when(save.savedAt(), i18n));
            case SAVING -> i18n.get("status.saving");
            case FAILED -> i18n.get("status.saveFailed", save.problem().message(i18n.language()));
        };
    }
}
