package org.aiventure.workbook.ui.risks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;

/** A date cell of the register (review by): a date picker while editing; an emptied field clears the date. */
final class DateEditCell extends TableCell<RiskRow, LocalDate> {

    private final BiConsumer<RiskRow, LocalDate> commit;

    DateEditCell(BiConsumer<RiskRow, LocalDate> commit) {
        this.commit = commit;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        RiskRow row = getTableRow().getItem();
        DatePicker picker = new DatePicker(getItem());
        picker.getStyleClass().add("cell-editor");
        picker.setOnAction(e -> finish(row, picker));
        picker.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing() && !picker.isShowing()) {
                finish(row, picker);
            }
        });
        setText(null);
        setGraphic(picker);
        picker.requestFocus();
    }

    private void finish(RiskRow row, DatePicker picker) {
        if (!isEditing()) {
            return;
        }
        LocalDate picked = picker.getEditor().getText().isBlank() ? null : picker.getValue();
        cancelEdit();
        if (row != null && !Objects.equals(picked, row.reviewBy())) {
            commit.accept(row, picked);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        show();
    }

    @Override
    protected void updateItem(LocalDate item, boolean empty) {
        super.updateItem(item, empty);
        if (!isEditing()) {
            show();
        }
    }

    private void show() {
        setGraphic(null);
        setText(isEmpty() || getItem() == null ? null : getItem().toString());
    }
}
