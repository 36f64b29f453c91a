package org.aiventure.workbook.ui.team;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.TextCommit;
import org.kordamp.ikonli.feather.Feather;

/**
 * One team entry, edited in place: title, person, status chip, the categories it answers for (chips, and a
 * picker to change them), notes, and delete. Kept alive while the entry exists, so a field being typed in
 * survives every other edit; {@link #show} follows the project without echoing its values back as edits.
 */
final class EntryEditor extends VBox {

    private final TeamViewModel model;
    private final I18n i18n;
    private final UUID id;
    private final TextField title = new TextField();
    private final TextField person = new TextField();
    private final TextField notes = new TextField();
    private final ChoiceBox<TeamStatus> status = new ChoiceBox<>();
    private final MenuButton coversPicker = new MenuButton();
    private final Map<RiskCategory, CheckBox> coverBoxes = new EnumMap<>(RiskCategory.class);
    private final FlowPane coverChips = new FlowPane(6, 4);
    private final Label noCovers = new Label();
    private final Button delete = new Button();
    private final TextCommit titleCommit;
    private final TextCommit personCommit;
    private final TextCommit notesCommit;
    // True while the controls are set from the project, so their listeners make no edits.
    private boolean updating;

    EntryEditor(TeamViewModel model, UUID id) {
        this.model = model;
        this.i18n = model.i18n();
        this.id = id;
        getStyleClass().add("team-entry");
        setId("team-entry-" + id);
        setSpacing(6);

        title.getStyleClass().add("team-entry-title");
        title.setId("team-entry-title-" + id);
        title.promptTextProperty().bind(i18n.text("team.entry.title.prompt"));
        person.setId("team-entry-person-" + id);
        person.promptTextProperty().bind(i18n.text("team.entry.person.prompt"));
        person.setPrefWidth(170);
        // The fields give way on a narrow page; the status chip and the buttons keep their size.
        title.setMinWidth(120);
        person.setMinWidth(90);
        notes.setId("team-entry-notes-" + id);
        notes.promptTextProperty().bind(i18n.text("team.entry.notes.prompt"));
        titleCommit = new TextCommit(title, () -> stored().map(TeamEntry::title).orElse(null),
                text -> model.rename(id, text));
        personCommit = new TextCommit(person, () -> stored().map(TeamEntry::person).orElse(null),
                text -> model.setPerson(id, text));
        notesCommit = new TextCommit(notes, () -> stored().map(TeamEntry::notes).orElse(null),
                text -> model.setNotes(id, text));

        status.setId("team-entry-status-" + id);
        status.getStyleClass().add("team-status");
        status.getItems().setAll(TeamStatus.values());
        // One width for every chip, wide enough for the longest status name in either language.
        status.setPrefWidth(212);
        status.setMinWidth(212);
        status.valueProperty().addListener((obs, was, now) -> {
            showStatusClass(now);
            if (!updating && now != null) {
                model.setStatus(id, now);
            }
        });

        coversPicker.setId("team-entry-covers-" + id);
        coversPicker.textProperty().bind(i18n.text("team.entry.covers.edit"));
        coversPicker.setPrefWidth(150);
        coversPicker.setMinWidth(150);
        for (RiskCategory category : RiskCategory.values()) {
            CheckBox box = new CheckBox();
            box.setId("team-entry-cover-" + category.name() + "-" + id);
            box.selectedProperty().addListener((obs, was, is) -> {
                if (!updating) {
                    model.setCovers(id, category, is);
                }
            });
            // The menu stays open while categories are ticked, one edit each.
            CustomMenuItem item = new CustomMenuItem(box, false);
            coverBoxes.put(category, box);
            coversPicker.getItems().add(item);
        }
        relabel();

        delete.setId("team-entry-delete-" + id);
        delete.setGraphic(Icons.of(Feather.TRASH_2));
        delete.getStyleClass().addAll("button-icon", "flat");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setOnAction(e -> model.delete(id));

        HBox.setHgrow(title, Priority.ALWAYS);
        HBox first = new HBox(8, title, person, status, delete);
        first.setAlignment(Pos.CENTER_LEFT);
        Label coversLabel = new Label();
        coversLabel.textProperty().bind(i18n.text("team.entry.covers"));
        coversLabel.getStyleClass().add("team-field-label");
        coversLabel.setMinWidth(Region.USE_PREF_SIZE);
        noCovers.getStyleClass().add("text-muted");
        HBox.setHgrow(coverChips, Priority.ALWAYS);
        coverChips.setMinWidth(0);
        coverChips.setPrefWrapLength(300);
        coverChips.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, coversLabel, coverChips, coversPicker);
        second.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(first, second, notes);
    }

    UUID entryId() {
        return id;
    }

    void focusTitle() {
        title.requestFocus();
        title.selectAll();
    }

    private Optional<TeamEntry> stored() {
        return model.entry(id);
    }

    /** Shows the entry as the project holds it now, in the current language. */
    void show(TeamEntry entry) {
        updating = true;
        try {
            titleCommit.follow(false);
            personCommit.follow(false);
            notesCommit.follow(false);
            status.setValue(entry.status());
            showStatusClass(entry.status());
            coverBoxes.forEach((c, box) -> box.setSelected(entry.covers().contains(c)));
            coverChips.getChildren().setAll(entry.covers().stream().map(c -> chip(model.categoryLabel(c))).toList());
            if (entry.covers().isEmpty()) {
                noCovers.setText(i18n.get("team.entry.covers.none"));
                coverChips.getChildren().setAll(noCovers);
            }
            Tooltip tip = new Tooltip(model.statusExplanation(entry.status()));
            tip.setWrapText(true);
            tip.setMaxWidth(340);
            status.setTooltip(tip);
            long owned = model.ownedRisks(id);
            delete.setTooltip(new Tooltip(owned == 0 ? i18n.get("team.entry.delete")
                    : i18n.get("team.entry.delete.owner", owned)));
        } finally {
            updating = false;
        }
    }

    /** Renders the status and category names again, in the language just chosen. */
    void relabel() {
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(TeamStatus value) {
                return value == null ? "" : model.statusLabel(value);
            }

            @Override
            public TeamStatus fromString(String text) {
                return null;
            }
        });
        coverBoxes.forEach((c, box) -> box.setText(model.categoryLabel(c)));
    }

    private void showStatusClass(TeamStatus value) {
        status.getStyleClass().removeIf(c -> c.startsWith("status-"));
        if (value != null) {
            status.getStyleClass().add("status-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    static Label chip(String text) {
        Label chip = new Label(text);
        chip.getStyleClass().add("team-chip");
        return chip;
    }
}
