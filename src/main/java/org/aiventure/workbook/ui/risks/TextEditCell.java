package org.aiventure.workbook.ui.risks;

import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.aiventure.workbook.ui.common.TextCommit;

/**
 * A text cell of the register that commits like every field of the app: on Enter, on leaving it (a plain
 * TextFieldTableCell drops the text when the focus moves away) and after a short pause in typing; Escape
 * takes the edit back. Commits go straight to the view model, one edit each.
 */
final class TextEditCell extends TableCell<RiskRow, String> {

    private final BiConsumer<RiskRow, String> commit;
    private final PauseTransition pause = new PauseTransition(TextCommit.PAUSE);
    private TextField editor;
    private RiskRow editing;
    private boolean escaped;

    TextEditCell(BiConsumer<RiskRow, String> commit) {
        this.commit = commit;
        pause.setOnFinished(e -> {
            if (editor != null && editing != null && !editor.getText().isBlank()) {
                commit.accept(editing, editor.getText());
            }
        });
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editing = getTableRow().getItem();
        escaped = false;
        editor = new TextField(getItem());
        editor.getStyleClass().add("cell-editor");
        editor.setOnAction(e -> {
            e.consume();
            commitEdit(editor.getText());
        });
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                escaped = true;
                cancelEdit();
                e.consume();
            }
        });
        editor.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing()) {
                commitEdit(editor.getText());
            }
        });
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    @Override
    public void commitEdit(String value) {
        pause.stop();
        RiskRow row = editing;
        finish();
        super.cancelEdit();
        showItem();
        if (row != null) {
            commit.accept(row, value);
        }
    }

    @Override
    public void cancelEdit() {
        pause.stop();
        // the table cancels an edit when the focus or the selection moves: keep what was typed unless Escape
        String typed = editor == null || escaped ? null : editor.getText();
        RiskRow row = editing;
        finish();
        super.cancelEdit();
        showItem();
        if (typed != null && row != null) {
            commit.accept(row, typed);
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && editor != null) {
            return;
        }
        showItem();
    }

    private void finish() {
        editing = null;
        editor = null;
    }

    private void showItem() {
        setGraphic(null);
        setText(isEmpty() ? null : getItem());
    }
}
