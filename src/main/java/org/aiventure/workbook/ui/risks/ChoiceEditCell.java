package org.aiventure.workbook.ui.risks;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

/**
 * A register cell that edits by picking from a list (category, likelihood, impact, treatment, status,
 * owner): it shows a short text, explains the value in a tooltip (what a likelihood step means), and commits
 * the moment a value is picked.
 */
final class ChoiceEditCell<T> extends TableCell<RiskRow, T> {

    private final Supplier<ObservableList<T>> choices;
    private final Function<T, String> shortText;
    private final Function<T, String> longText;
    private final Function<T, String> explanation;
    private final BiConsumer<RiskRow, T> commit;
    private final Tooltip tooltip = new Tooltip();

    /**
     * @param shortText   what the cell shows
     * @param longText    what the list of choices shows
     * @param explanation the tooltip of a value, or null for none
     */
    ChoiceEditCell(Supplier<ObservableList<T>> choices, Function<T, String> shortText, Function<T, String> longText,
                   Function<T, String> explanation, BiConsumer<RiskRow, T> commit) {
        this.choices = choices;
        this.shortText = shortText;
        this.longText = longText;
        this.explanation = explanation;
        this.commit = commit;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        RiskRow row = getTableRow().getItem();
        ComboBox<T> box = new ComboBox<>(choices.get());
        box.getStyleClass().add("cell-editor");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : shortText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : longText.apply(item));
                String why = empty || item == null || explanation == null ? null : explanation.apply(item);
                setTooltip(why == null ? null : new Tooltip(why));
            }
        });
        box.setValue(getItem());
        box.setOnAction(e -> {
            T picked = box.getValue();
            if (isEditing()) {
                cancelEdit();
                if (picked != null && row != null && !picked.equals(getItem())) {
                    commit.accept(row, picked);
                }
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        box.setOnHidden(e -> {
            if (isEditing() && !box.isFocused()) {
                cancelEdit();
            }
        });
        box.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing() && !box.isShowing()) {
                cancelEdit();
            }
        });
        setText(null);
        setGraphic(box);
        box.requestFocus();
        box.show();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        show(getItem(), isEmpty());
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (!isEditing()) {
            show(item, empty);
        }
    }

    private void show(T item, boolean empty) {
        setGraphic(null);
        setText(empty || item == null ? null : shortText.apply(item));
        String why = empty || item == null || explanation == null ? null : explanation.apply(item);
        if (why == null) {
            setTooltip(null);
        } else {
            tooltip.setText(why);
            setTooltip(tooltip);
        }
    }
}
