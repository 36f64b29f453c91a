package org.aiventure.workbook.ui.common;

import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Ties a text control to one text of the project the way every field of the app commits, so nothing typed
 * is lost and a burst of typing is one edit: on Enter (a text field), on leaving the control and after a short
 * pause in typing, and only when the text differs from the stored one. A pause never commits a blank text (the
 * founder may be retyping a required title; leaving the field is what asks the rules). A refused text puts
 * the stored one back. When the project changes elsewhere (undo, another page), {@link #follow} shows the new
 * text unless the control is being typed in: overwriting that would lose keystrokes and jump the caret.
 */
public final class TextCommit {

    /** How long typing must pause before the text is committed. */
    public static final Duration PAUSE = Duration.millis(700);

    private final TextInputControl control;
    private final Supplier<String> stored;
    private final Predicate<String> commit;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private boolean updating;
    private boolean committing;
    // Typed since the last commit or update: the text the founder is still working on.
    private boolean typed;

    /**
     * @param stored the text the project holds now, or null when there is none to edit (no project, or the
     *               item is gone)
     * @param commit applies a text as an edit; false when the project refused it
     */
    public TextCommit(TextInputControl control, Supplier<String> stored, Predicate<String> commit) {
        this.control = control;
        this.stored = stored;
        this.commit = commit;
        pause.setOnFinished(e -> {
            if (!control.getText().isBlank()) {
                commit();
            }
        });
        control.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
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

    /** Commits the text now if it differs from the stored one. */
    public void commit() {
        pause.stop();
        typed = false;
        String current = stored.get();
        // A refusal opens a dialog, which takes the focus away and would commit the same text again.
        if (committing || current == null || current.equals(control.getText())) {
            return;
        }
        committing = true;
        try {
            if (!commit.test(control.getText())) {
                show(stored.get());
            }
        } finally {
            committing = false;
        }
    }

    /**
     * Shows the stored text. With {@code force} (another project or item is shown now) it always does and
     * drops what was typed, which belonged to the one before; otherwise typing in progress is left alone.
     */
    public void follow(boolean force) {
        String current = stored.get();
        boolean typing = typed && control.isFocused() && !control.getText().equals(current);
        if (force || !typing) {
            pause.stop();
            typed = false;
            show(current == null ? "" : current);
        }
    }

    private void show(String text) {
        if (text != null && !text.equals(control.getText())) {
            updating = true;
            try {
                control.setText(text);
            } finally {
                updating = false;
            }
        }
    }
}
