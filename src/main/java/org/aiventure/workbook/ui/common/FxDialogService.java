package org.aiventure.workbook.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the running app, owned by the main window so they open over it. */
public final class FxDialogService implements DialogService {

    private static final int SHOWN_LINES = 8;

    private final Window owner;
    private final I18n i18n;

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    /** A long list of problems (a file's violations) shows its first lines, the rest in an expandable area. */
    @Override
    public void showError(String title, String message) {
        List<String> lines = message.lines().toList();
        if (lines.size() <= SHOWN_LINES) {
            alert(Alert.AlertType.ERROR, title, message).showAndWait();
            return;
        }
        Alert alert = alert(Alert.AlertType.ERROR, title, String.join("\n", lines.subList(0, SHOWN_LINES)) + "\n…");
        alert.getDialogPane().setExpandableContent(readOnlyText(message));
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        List<Choice<T>> choices = options.stream().map(o -> new Choice<>(o, label.apply(o))).toList();
        ChoiceDialog<Choice<T>> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(Choice::value);
    }

    /** An option as the choice box shows it: ChoiceDialog renders items with toString. */
    private record Choice<T>(T value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt, boolean confirmTwice) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        PasswordField first = new PasswordField();
        PasswordField again = new PasswordField();
        first.setPromptText(i18n.get("dialog.password"));
        again.setPromptText(i18n.get("dialog.passwordAgain"));
        Label mismatch = new Label(i18n.get("dialog.passwordMismatch"));
        mismatch.getStyleClass().add("danger");
        VBox content = new VBox(8, new Label(prompt), first);
        if (confirmTwice) {
            content.getChildren().addAll(again, mismatch);
        }
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var okButton = dialog.getDialogPane().lookupButton(ok);
        var same = first.textProperty().isEqualTo(again.textProperty());
        mismatch.visibleProperty().bind(same.not().and(again.textProperty().isNotEmpty()));
        okButton.disableProperty().bind(confirmTwice ? first.textProperty().isEmpty().or(same.not())
                : first.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ok ? first.getText().toCharArray() : null);
        javafx.application.Platform.runLater(first::requestFocus);
        Optional<char[]> result = dialog.showAndWait();
        // The fields' strings cannot be wiped; clearing drops the app's last references to them.
        first.clear();
        again.clear();
        return result;
    }

    @Override
    public <T> Optional<T> decide(String title, String message, String details, List<T> answers,
                                  Function<T, String> label) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        List<ButtonType> buttons = new java.util.ArrayList<>();
        for (T answer : answers) {
            buttons.add(new ButtonType(label.apply(answer), ButtonBar.ButtonData.OTHER));
        }
        buttons.add(new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getButtonTypes().setAll(buttons);
        if (!details.isEmpty()) {
            alert.getDialogPane().setExpandableContent(readOnlyText(details));
            alert.getDialogPane().setExpanded(true);
        }
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i < answers.size()).map(answers::get);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String filterLabel,
                                           String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, patterns));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterLabel, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    private static TextArea readOnlyText(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(12);
        return area;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }
}
