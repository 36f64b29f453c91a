package org.aiventure.workbook.ui.profile;

import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Ties a text control to one text of the project so that nothing typed is lost and a burst of typing is one
 * edit: the text is committed on Enter (a text field), on leaving the control and after a short pause in
 * typing, and only when it differs from the project's. A refused text puts the project's back. When the
 * project changes elsewhere (undo, another page), the control follows, unless it is being typed in and holds
 * text not yet committed: overwriting that would lose keystrokes and jump the caret.
 */
final class CommittedText {

    /** How long typing must pause before the text is committed. */
    static final Duration PAUSE = Duration.millis(600);

    private final TextInputControl control;
    private final Supplier<String> projectValue;
    private final Predicate<String> commit;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private boolean updating;
    private boolean committing;
    // Typed since the last commit or update: the text the founder is still working on.
    private boolean typed;

    /**
     * @param projectValue the project's current text, or null when no project is open
     * @param commit       applies a text as an edit; false when the project refused it
     */
    CommittedText(TextInputControl control, Supplier<String> projectValue, Predicate<String> commit) {
        this.control = control;
        this.projectValue = projectValue;
        this.commit = commit;
        pause.setOnFinished(e -> commit());
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

    /** Commits the text now if it differs from the project's. */
    void commit() {
        pause.stop();
        typed = false;
        String current = projectValue.get();
        // A refusal opens a dialog, which takes the focus away and would commit the same text again.
        if (committing || current == null || current.equals(control.getText())) {
            return;
        }
        committing = true;
        try {
            if (!commit.test(control.getText())) {
                show(projectValue.get());
            }
        } finally {
            committing = false;
        }
    }

    /**
     * Shows the project's text. With {@code force} (another project was opened) it always does and drops
     * what was typed, which belonged to the project before; otherwise typing in progress is left alone.
     */
    void follow(boolean force) {
        String current = projectValue.get();
        boolean typing = typed && control.isFocused() && !control.getText().equals(current);
        if (force || !typing) {
            pause.stop();
            typed = false;
            show(current == null ? "" : current);
        }
    }

    private void show(String text) {
        if (!text.equals(control.getText())) {
            updating = true;
            try {
                control.setText(text);
            } finally {
                updating = false;
            }
        }
    }
}
