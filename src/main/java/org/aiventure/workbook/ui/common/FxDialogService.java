package org.aiventure.workbook.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the running app, owned by the main window so they open over it. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final I18n i18n;

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
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
    public Optional<Path> chooseFileToOpen(String title, String filterLabel, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
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
