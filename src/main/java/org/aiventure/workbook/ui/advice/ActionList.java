package org.aiventure.workbook.ui.advice;

import java.util.List;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.Confirmation;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The next best actions as a titled list: each row its gain, its description and a button that does it ("Do
 * it") or asks for evidence first ("Confirm…"). The same control sits on the dashboard and in the findings
 * panel, so both show the same ten in the same words.
 */
public final class ActionList extends VBox {

    private final AdviceViewModel model;
    private final I18n i18n;
    private final Label title = new Label();
    private final VBox rows = new VBox(6);

    public ActionList(AdviceViewModel model, I18n i18n) {
        super(8);
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("action-list");
        getStylesheets().add(ActionList.class.getResource("/org/aiventure/workbook/css/advice.css").toExternalForm());
        title.getStyleClass().add("action-list-title");
        getChildren().addAll(title, rows);
        model.actionsProperty().addListener((obs, old, now) -> render());
        // "Ranking…" only shows in an empty list; a full one stays as it is until the new ten arrive
        model.rankingProperty().addListener((obs, old, now) -> {
            if (model.actionsProperty().get().isEmpty()) {
                render();
            }
        });
        i18n.languageProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        title.setText(i18n.get("advice.title"));
        List<Action> actions = model.actionsProperty().get();
        rows.getChildren().clear();
        if (actions.isEmpty()) {
            Label hint = new Label(i18n.get(model.rankingProperty().get() ? "advice.ranking" : "advice.empty"));
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            rows.getChildren().add(hint);
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            rows.getChildren().add(row(actions.get(i), i));
        }
    }

    private HBox row(Action action, int index) {
        Label gain = new Label(action.signedGain());
        gain.getStyleClass().addAll("action-gain", action.gain().signum() > 0 ? "action-gain-up" : "action-gain-flat");
        gain.setMinWidth(USE_PREF_SIZE);
        Label text = new Label(model.describe(action));
        text.setWrapText(true);
        text.getStyleClass().add("action-text");
        boolean claims = action.kind().confirmation() != Confirmation.NONE;
        Button button = new Button(model.buttonLabel(action), Icons.of(claims ? Feather.CHECK_SQUARE : Feather.PLUS));
        button.getStyleClass().addAll("small", "action-do");
        button.setMinWidth(USE_PREF_SIZE);
        button.setTooltip(new Tooltip(model.buttonTooltip(action)));
        button.setOnAction(e -> model.perform(action));
        button.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);
        // the button under the text: the findings panel is narrow, and the dashboard reads the same way
        VBox body = new VBox(4, text, button);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(8, gain, body);
        row.setAlignment(Pos.TOP_LEFT);
        row.setId("action-" + index);
        row.getStyleClass().add("action-row");
        return row;
    }
}
