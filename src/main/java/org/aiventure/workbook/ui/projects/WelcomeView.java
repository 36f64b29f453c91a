package org.aiventure.workbook.ui.projects;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.shell.ShellViewModel;
import org.kordamp.ikonli.feather.Feather;

/** What the centre shows with no project open: what a project is, and the two ways to start one. */
public final class WelcomeView extends StackPane {

    public WelcomeView(ProjectsViewModel model, ShellViewModel shell, I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("welcome.title"));
        title.getStyleClass().add("title-2");
        Label text = new Label();
        text.textProperty().bind(i18n.text("welcome.text"));
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button guide = new Button(null, Icons.of(Feather.BOOK_OPEN));
        guide.textProperty().bind(i18n.text("action.newFromGuide"));
        guide.setId("welcome-from-guide");
        guide.getStyleClass().add("accent");
        guide.setOnAction(e -> model.newProjectFromGuide());
        Button blank = new Button(null, Icons.of(Feather.FILE));
        blank.textProperty().bind(i18n.text("action.newBlank"));
        blank.setId("welcome-blank");
        blank.setOnAction(e -> model.newBlankProject());
        for (Button b : List.of(guide, blank)) {
            b.disableProperty().bind(model.busyProperty().or(shell.workbookProperty().isNull()));
        }
        Label guideHint = new Label();
        guideHint.textProperty().bind(i18n.text("welcome.fromGuide.hint"));
        guideHint.getStyleClass().add("text-muted");
        guideHint.setWrapText(true);
        guideHint.setMaxWidth(560);
        VBox box = new VBox(16, title, text, new FlowPane(12, 12, guide, blank), guideHint);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(600);
        box.setPadding(new Insets(32));
        getChildren().add(box);
    }
}
