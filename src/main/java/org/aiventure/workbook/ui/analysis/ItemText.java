package org.aiventure.workbook.ui.analysis;

import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Ties a text control of the editor to one text of the selected item the way every field of the app commits:
 * on Enter (a one-line field), on leaving the control and after a short pause in typing, one edit each time
 * and only when the text differs from the item's. A pause never commits a blank text (the founder may be
 * retyping a required title; leaving the field blank is what asks the rules). A refused text puts the item's
 * back. When the item changes elsewhere (undo, the matrix), the control follows unless it is being typed in.
 */
final class ItemText {

    static final Duration PAUSE = Duration.millis(700);

    private final TextInputControl control;
    private final Supplier<String> itemValue;
    private final Predicate<String> commit;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private boolean showing;
    private boolean committing;
    // Typed since the last commit or show: the text the founder is still working on.
    private boolean typed;

    /**
     * @param itemValue the shown item's text, or null when no item is shown (or it is gone)
     * @param commit    applies a text as an edit; false when the project refused it
     */
    ItemText(TextInputControl control, Supplier<String> itemValue, Predicate<String> commit) {
        this.control = control;
        this.itemValue = itemValue;
        this.commit = commit;
        pause.setOnFinished(e -> {
            if (!control.getText().isBlank()) {
                commit();
            }
        });
        control.textProperty().addListener((obs, old, now) -> {
            if (!showing) {
                typed = true;
                pause.playFromStart();
            }
        });
        control.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        if (control instanceof TextField field) {
            field.setOnAction(e -> commit());
        }
    }

    /** Commits what was typed now, if it differs from the item's text. */
    void commit() {
        pause.stop();
        typed = false;
        String current = itemValue.get();
        // A refusal opens a dialog, which takes the focus away and would commit the same text again.
        if (committing || current == null || current.equals(control.getText())) {
            return;
        }
        committing = true;
        try {
            if (!commit.test(control.getText())) {
                show(itemValue.get());
            }
        } finally {
            committing = false;
        }
    }

    /**
     * Shows the item's text. With {@code force} (another item was selected) it always does; otherwise text
     * being typed is left alone, so a commit never jumps the caret.
     */
    void follow(boolean force) {
        String current = itemValue.get();
        boolean typing = typed && control.isFocused() && !control.getText().equals(current);
        if (force || !typing) {
            pause.stop();
            typed = false;
            show(current == null ? "" : current);
        }
    }

    private void show(String text) {
        if (!text.equals(control.getText())) {
            showing = true;
            try {
                control.setText(text);
            } finally {
                showing = false;
            }
        }
    }
}
