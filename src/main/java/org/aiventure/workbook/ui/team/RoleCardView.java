package org.aiventure.workbook.ui.team;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * One role of the checklist as a card: its name, whether it is in place (or the finding that says it is
 * not, with its severity written out), why the project needs it, the categories it answers for, the entries
 * under it and a button to add a person. Entry editors are reused across updates, keyed by entry id.
 */
final class RoleCardView extends VBox {

    private final TeamViewModel model;
    private final I18n i18n;
    private final Role role;
    private final Label name = new Label();
    private final Label state = new Label();
    private final Label why = new Label();
    private final Label missing = new Label();
    private final FlowPane covers = new FlowPane(6, 4);
    private final HBox coversRow;
    private final VBox entries = new VBox(8);
    private final Label noEntries = new Label();
    private final Button addPerson = new Button();
    private final Map<UUID, EntryEditor> editors = new HashMap<>();

    RoleCardView(TeamViewModel model, Role role) {
        this.model = model;
        this.i18n = model.i18n();
        this.role = role;
        getStyleClass().add("team-card");
        setId("team-role-" + role.name());
        setSpacing(8);

        name.getStyleClass().addAll("title-4", "team-role-name");
        name.setWrapText(true);
        state.getStyleClass().add("team-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.setId("team-role-state-" + role.name());
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(10, name, state);
        header.setAlignment(Pos.CENTER_LEFT);

        why.getStyleClass().add("text-muted");
        why.setWrapText(true);
        missing.setId("team-role-missing-" + role.name());
        missing.getStyleClass().add("team-missing");
        missing.setWrapText(true);
        missing.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        missing.managedProperty().bind(missing.visibleProperty());

        Label coversLabel = new Label();
        coversLabel.textProperty().bind(i18n.text("team.role.covers"));
        coversLabel.getStyleClass().add("team-field-label");
        coversLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(covers, Priority.ALWAYS);
        covers.setMinWidth(0);
        covers.setPrefWrapLength(300);
        coversRow = new HBox(8, coversLabel, covers);
        coversRow.setAlignment(Pos.CENTER_LEFT);
        coversRow.managedProperty().bind(coversRow.visibleProperty());

        noEntries.getStyleClass().add("text-muted");
        noEntries.setWrapText(true);
        addPerson.setId("team-add-" + role.name());
        addPerson.setGraphic(Icons.of(Feather.USER_PLUS));
        addPerson.getStyleClass().addAll("flat", "accent", "team-add-person");
        addPerson.setOnAction(e -> model.addPerson(role).ifPresent(this::focus));
        getChildren().addAll(header, why, missing, coversRow, entries, addPerson);
    }

    Role role() {
        return role;
    }

    /** Puts the caret in a new entry's title, so the founder names it at once. */
    void focus(UUID entryId) {
        EntryEditor editor = editors.get(entryId);
        if (editor != null) {
            editor.focusTitle();
        }
    }

    void show(RoleCard card) {
        name.setText(model.roleLabel(role));
        Tooltip tip = new Tooltip(model.roleExplanation(role));
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        name.setTooltip(tip);
        why.setText(model.whyRequired(role));
        addPerson.setText(i18n.get(role == Role.CUSTOM ? "team.custom.add" : "team.role.addPerson"));
        showState(card);
        covers.getChildren().setAll(card.covers().stream().map(c -> EntryEditor.chip(model.categoryLabel(c))).toList());
        coversRow.setVisible(!card.covers().isEmpty());
        showEntries(card.entries());
    }

    /** Renders the names of statuses and categories again, in the language just chosen. */
    void relabel() {
        editors.values().forEach(EntryEditor::relabel);
    }

    private void showState(RoleCard card) {
        state.getStyleClass().removeIf(c -> c.startsWith("state-"));
        Optional<Finding> finding = card.required() ? model.missing(role) : Optional.empty();
        missing.setVisible(finding.isPresent());
        if (finding.isPresent()) {
            String severity = finding.get().severity().name();
            state.setText(i18n.get("team.role.state.missing", i18n.get("severity." + severity)));
            state.getStyleClass().add("state-" + severity.toLowerCase(Locale.ROOT));
            missing.setText(model.message(finding.get()));
        } else if (card.required()) {
            state.setText(i18n.get("team.role.state.inPlace"));
            state.getStyleClass().add("state-in-place");
        } else {
            state.setText(i18n.get(role == Role.CUSTOM ? "team.role.state.custom" : "team.role.state.optional"));
            state.getStyleClass().add("state-optional");
        }
    }

    private void showEntries(List<TeamEntry> list) {
        editors.keySet().removeIf(id -> list.stream().noneMatch(e -> e.id().equals(id)));
        List<Node> wanted = list.stream().map(e -> {
            EntryEditor editor = editors.computeIfAbsent(e.id(), id -> new EntryEditor(model, id));
            editor.show(e);
            return (Node) editor;
        }).toList();
        if (wanted.isEmpty()) {
            noEntries.setText(i18n.get("team.role.empty"));
            wanted = List.of(noEntries);
        }
        // Only a changed order re-adds nodes: re-adding a field being typed in would take its focus away.
        if (!entries.getChildren().equals(wanted)) {
            entries.getChildren().setAll(wanted);
        }
    }
}
