package org.aiventure.workbook.ui.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.RoleRule;
import org.aiventure.workbook.ui.common.I18n;

/**
 * The owner picker of the running app: the team's entries to choose from, or a person to add in place
 * (role, title, person, status), since the full team page comes later.
 */
public final class FxOwnerPicker implements OwnerPickerDialog {

    private static final double ROW_HEIGHT = 34;

    private final Window owner;
    private final I18n i18n;

    public FxOwnerPicker(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public Optional<OwnerChoice> pick(OwnerRequest request) {
        KnowledgeBase kb = request.knowledge();
        Language language = i18n.language();
        Dialog<OwnerChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(request.title());
        dialog.getDialogPane().getStyleClass().add("owner-picker");
        dialog.getDialogPane().getStylesheets().add(
                getClass().getResource("/org/aiventure/workbook/css/findings.css").toExternalForm());

        Label prompt = new Label(request.prompt());
        prompt.setWrapText(true);
        ToggleGroup mode = new ToggleGroup();
        RadioButton fromTeam = new RadioButton(i18n.get("findings.picker.team"));
        fromTeam.setId("owner-from-team");
        RadioButton addPerson = new RadioButton(i18n.get("findings.picker.new"));
        addPerson.setId("owner-add-person");
        fromTeam.setToggleGroup(mode);
        addPerson.setToggleGroup(mode);

        ListView<TeamEntry> entries = new ListView<>();
        entries.setId("owner-entries");
        entries.getItems().setAll(request.entries());
        entries.setFixedCellSize(ROW_HEIGHT);
        entries.setPrefHeight(Math.min(6, Math.max(2, request.entries().size())) * ROW_HEIGHT + 2);
        entries.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TeamEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(entry, kb, language));
            }
        });
        entries.disableProperty().bind(fromTeam.selectedProperty().not());
        Label noEntries = new Label(i18n.get("findings.picker.empty"));
        noEntries.getStyleClass().add("text-muted");
        noEntries.setWrapText(true);

        ComboBox<Role> role = new ComboBox<>();
        role.setId("owner-role");
        List<Role> roles = new ArrayList<>(kb.roles().stream().map(RoleRule::role).toList());
        roles.add(Role.CUSTOM);
        role.getItems().setAll(roles);
        role.setConverter(labels(kb, language));
        role.setMaxWidth(Double.MAX_VALUE);
        TextField title = new TextField();
        title.setId("owner-title");
        TextField person = new TextField();
        person.setId("owner-person");
        person.setPromptText(i18n.get("findings.picker.person.prompt"));
        ComboBox<TeamStatus> status = new ComboBox<>();
        status.setId("owner-status");
        status.getItems().setAll(Arrays.asList(TeamStatus.values()));
        status.setConverter(labels(kb, language));
        status.setValue(TeamStatus.FILLED);
        status.setMaxWidth(Double.MAX_VALUE);
        // The title follows the role until the founder types one of their own.
        role.valueProperty().addListener((obs, old, now) -> {
            if (now != null && (title.getText().isBlank() || old != null && title.getText().equals(kb.label(language, old)))) {
                title.setText(kb.label(language, now));
            }
        });
        role.setValue(request.suggestedRole());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(0, 0, 0, 24));
        ColumnConstraints labelsColumn = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labelsColumn, fields);
        form.addRow(0, new Label(i18n.get("findings.picker.role")), role);
        form.addRow(1, new Label(i18n.get("findings.picker.titleField")), title);
        form.addRow(2, new Label(i18n.get("findings.picker.person")), person);
        form.addRow(3, new Label(i18n.get("findings.picker.status")), status);
        form.disableProperty().bind(addPerson.selectedProperty().not());

        VBox content = new VBox(10, prompt, fromTeam, request.entries().isEmpty() ? noEntries : entries,
                addPerson, form);
        content.setPrefWidth(520);
        content.setPadding(new Insets(12, 12, 4, 12));
        dialog.getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> fromTeam.isSelected() ? entries.getSelectionModel().getSelectedItem() == null
                        : role.getValue() == null || status.getValue() == null || title.getText().isBlank(),
                fromTeam.selectedProperty(), entries.getSelectionModel().selectedItemProperty(),
                role.valueProperty(), status.valueProperty(), title.textProperty()));
        entries.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && entries.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(new OwnerChoice.Existing(entries.getSelectionModel().getSelectedItem().id()));
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            return fromTeam.isSelected()
                    ? new OwnerChoice.Existing(entries.getSelectionModel().getSelectedItem().id())
                    : new OwnerChoice.NewPerson(role.getValue(), title.getText().strip(), person.getText().strip(),
                            status.getValue());
        });
        (request.entries().isEmpty() ? addPerson : fromTeam).setSelected(true);
        fromTeam.setDisable(request.entries().isEmpty());
        Platform.runLater(() -> (request.entries().isEmpty() ? role : entries).requestFocus());
        return dialog.showAndWait();
    }

    /**
     * "Founder / CEO — Ana Li — Founder": the role, the title where it says more than the role, the person
     * when named, and the status (which decides whether the owner counts as in place).
     */
    private String describe(TeamEntry entry, KnowledgeBase kb, Language language) {
        String role = kb.label(language, entry.role());
        String text = entry.title().equals(role) ? role : i18n.get("findings.picker.join", role, entry.title());
        if (!entry.person().isBlank()) {
            text = i18n.get("findings.picker.join", text, entry.person());
        }
        return i18n.get("findings.picker.join", text, kb.label(language, entry.status()));
    }

    private static <T extends Enum<T>> StringConverter<T> labels(KnowledgeBase kb, Language language) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : kb.label(language, value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the combo box is not editable");
            }
        };
    }
}
