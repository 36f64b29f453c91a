package org.aiventure.workbook.ui.projects;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Theme;

/**
 * The briefing's progress in a small window, modal to the main one while the PDF is written: which project,
 * how far, and Cancel (closing the window cancels too). It appears only once the writing has taken a moment,
 * so a quick briefing does not flash a window.
 */
public final class BriefingProgressWindow {

    private static final Duration DELAY = Duration.millis(250);

    private final Window owner;
    private final BriefingExport export;
    private final Theme theme;
    /** Built the first time a briefing takes a moment, not with the main window. */
    private Stage stage;
    private Button cancel;

    private BriefingProgressWindow(Window owner, BriefingExport export, Theme theme) {
        this.owner = owner;
        this.export = export;
        this.theme = theme;
    }

    /** Shows {@code export}'s progress over {@code owner} whenever a briefing is being written. */
    public static void follow(Window owner, BriefingExport export, Theme theme) {
        BriefingProgressWindow window = new BriefingProgressWindow(owner, export, theme);
        PauseTransition delay = new PauseTransition(DELAY);
        delay.setOnFinished(e -> {
            if (export.runningProperty().get()) {
                window.show();
            }
        });
        export.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                delay.playFromStart();
            } else {
                delay.stop();
                window.hide();
            }
        });
    }

    private void show() {
        if (stage == null) {
            build();
        }
        cancel.setDisable(false);
        stage.show();
    }

    private void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    private void build() {
        I18n i18n = export.i18n();
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("briefing.progress.message", export.projectNameProperty().get()),
                export.projectNameProperty(), i18n.languageProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("briefing-progress-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(export.progressProperty());
        cancel = new Button();
        cancel.setId("briefing-cancel");
        cancel.textProperty().bind(i18n.text("briefing.progress.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            export.cancel();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox content = new VBox(14, message, bar, new HBox(spacer, cancel));
        content.getStyleClass().add("briefing-progress");
        content.setPadding(new Insets(20));
        content.setPrefWidth(420);

        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setResizable(false);
        stage.titleProperty().bind(i18n.text("briefing.progress.title"));
        Scene scene = new Scene(content);
        theme.style(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> export.cancel());
    }
}
