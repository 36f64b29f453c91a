package org.aiventure.workbook.ui.risks;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Makes a text field commit the way every field of the app does: on Enter (for a one-line field), on leaving
 * it, and after a short pause in typing, each commit one edit. A value equal to the stored one commits
 * nothing, and a pause never commits a blank text (the founder may be retyping a required title: leaving
 * the field blank is what asks the rules).
 */
final class TextCommit {

    static final Duration PAUSE = Duration.millis(800);

    private final TextInputControl field;
    private final Supplier<String> stored;
    private final Consumer<String> commit;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private boolean showing;

    private TextCommit(TextInputControl field, Supplier<String> stored, Consumer<String> commit) {
        this.field = field;
        this.stored = stored;
        this.commit = commit;
        pause.setOnFinished(e -> {
            if (!field.getText().isBlank()) {
                commitNow();
            }
        });
        field.textProperty().addListener((obs, old, now) -> {
            if (!showing && field.isFocused()) {
                pause.playFromStart();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitNow();
            }
        });
        if (field instanceof TextField line) {
            line.setOnAction(e -> commitNow());
        }
    }

    /** Wires {@code field}; {@code stored} is the value the project holds now. */
    static TextCommit install(TextInputControl field, Supplier<String> stored, Consumer<String> commit) {
        return new TextCommit(field, stored, commit);
    }

    /**
     * Shows the stored value after the project changed (an undo, another page), unless the founder is typing
     * in the field and it already says that.
     */
    void show(String value) {
        boolean typingTheSame = field.isFocused() && field.getText().strip().equals(value.strip());
        if (!typingTheSame && !field.getText().equals(value)) {
            showing = true;
            try {
                field.setText(value);
            } finally {
                showing = false;
            }
        }
    }

    void commitNow() {
        pause.stop();
        if (!field.getText().equals(stored.get())) {
            commit.accept(field.getText());
        }
        if (!field.isFocused()) {
            // a refused change leaves the field showing what the project still holds
            show(stored.get());
        }
    }
}
