package org.aiventure.workbook.ui.advice;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.aiventure.workbook.advice.ClaimAnswer;
import org.aiventure.workbook.advice.ClaimField;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.TextLimit;
import org.kordamp.ikonli.feather.Feather;

/**
 * The claim editor of the running app: a modal dialog with the action, the readiness it is worth, the change
 * as it will be recorded and the fields to fill in, pre-filled. Confirm stays disabled, with a hint naming what
 * is missing, until every required field has more than blanks; Cancel changes nothing.
 */
public final class FxClaimEditor implements ClaimEditor {

    private static final double WIDTH = 580;
    private static final int TEXT_ROWS = 5;

    private final Window owner;
    private final I18n i18n;

    public FxClaimEditor(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public Optional<ClaimAnswer> edit(ClaimForm form) {
        Dialog<ClaimAnswer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(form.title());
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("claim-editor");
        dialog.getDialogPane().getStylesheets().add(
                getClass().getResource("/org/aiventure/workbook/css/advice.css").toExternalForm());

        Label heading = wrapped(form.heading(), "claim-heading");
        heading.setId("claim-heading");
        Label gain = new Label(form.action().signedGain());
        gain.getStyleClass().addAll("action-gain",
                form.action().gain().signum() > 0 ? "action-gain-up" : "action-gain-flat");
        gain.setMinWidth(Region.USE_PREF_SIZE);
        Label readiness = wrapped(form.readiness(), "claim-readiness");
        readiness.setId("claim-readiness");
        HBox worth = new HBox(8, gain, readiness);
        worth.setAlignment(Pos.CENTER_LEFT);
        Label intro = wrapped(form.intro(), "text-muted");

        GridPane grid = new GridPane();
        grid.setId("claim-grid");
        grid.getStyleClass().add("claim-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, values);
        int row = 0;
        for (ClaimForm.Fact fact : form.facts()) {
            grid.addRow(row++, rowLabel(fact.label()), wrapped(fact.value(), "claim-fact-value"));
        }
        TextField person = new TextField();
        person.setId("claim-person");
        TextArea text = new TextArea();
        text.setId("claim-text");
        text.setWrapText(true);
        text.setPrefRowCount(TEXT_ROWS);
        for (ClaimForm.Field field : form.fields()) {
            TextInputControl input = field.which() == ClaimField.PERSON ? person : text;
            input.setTextFormatter(TextLimit.of(field.limit()));
            input.setText(field.initial());
            Label help = wrapped(field.help(), "text-muted");
            help.getStyleClass().add("claim-help");
            Label label = rowLabel(field.label());
            label.getStyleClass().add("claim-field-label");
            label.setLabelFor(input);
            grid.addRow(row++, label, new VBox(4, input, help));
        }
        // each label level with the first line of its value, however many lines the value or its help wraps to
        // (baseline alignment would keep a wrapping label to one line; the CSS pads a field's label instead)
        grid.getChildren().forEach(cell -> GridPane.setValignment(cell, VPos.TOP));

        // The answer as typed so far; the same rule that the view model applies decides what is missing.
        ObjectBinding<ClaimAnswer> answer = Bindings.createObjectBinding(
                () -> new ClaimAnswer(text.getText(), person.getText()), text.textProperty(), person.textProperty());
        ObjectBinding<List<String>> missing = Bindings.createObjectBinding(() -> form.missing(answer.get()), answer);
        BooleanBinding incomplete = Bindings.createBooleanBinding(() -> !missing.get().isEmpty(), missing);
        Label hint = new Label();
        hint.setId("claim-missing");
        hint.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
        hint.getStyleClass().add("claim-missing");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> incomplete.get()
                ? ClaimForms.missing(i18n, missing.get()) : "", incomplete, missing));
        hint.visibleProperty().bind(incomplete);

        VBox content = new VBox(10, heading, worth, intro, new Separator(), grid, hint);
        content.setPadding(new Insets(12, 12, 4, 12));
        content.setPrefWidth(WIDTH);
        dialog.getDialogPane().setContent(content);

        ButtonType confirm = new ButtonType(i18n.get("claim.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm,
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var confirmButton = dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("claim-confirm");
        confirmButton.disableProperty().bind(incomplete);
        dialog.setResultConverter(button -> button == confirm ? answer.get() : null);
        // the founder starts where something is still missing: the person if unnamed, else the text
        boolean personFirst = form.fields().stream().anyMatch(f -> f.which() == ClaimField.PERSON)
                && person.getText().isBlank();
        Platform.runLater(() -> (personFirst ? person : text).requestFocus());
        return dialog.showAndWait();
    }

    private static Label rowLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("claim-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
