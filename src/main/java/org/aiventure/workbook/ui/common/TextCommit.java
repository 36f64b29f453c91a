package org.aiventure.workbook.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Makes a text field commit the way every field of the app does: on Enter, on leaving it
 * and after a short pause in typing, each commit one edit. A value equal to the stored one commits nothing,
 * and a pause never commits a blank text (the founder may be retyping a required title; leaving the field
 * blank is what asks the rules). While the founder types, a change elsewhere does not overwrite the field.
 */
public final class TextCommit {

    public static final Duration PAUSE = Duration.millis(800);

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

    /** Wires {@code field}; {@code stored} is the value the project holds now (null once it is gone). */
    public static TextCommit install(TextInputControl field, Supplier<String> stored, Consumer<String> commit) {
        return new TextCommit(field, stored, commit);
    }

    /** Shows the stored value after the project changed, unless the founder is typing in the field. */
    public void show(String value) {
        boolean typing = field.isFocused() && pause.getStatus() == PauseTransition.Status.RUNNING;
        boolean typingTheSame = field.isFocused() && field.getText().strip().equals(value.strip());
        if (!typing && !typingTheSame && !field.getText().equals(value)) {
            showing = true;
            try {
                field.setText(value);
            } finally {
                showing = false;
            }
        }
    }

    public void commitNow() {
        pause.stop();
        String current = stored.get();
        if (current == null) {
            return;
        }
        if (!field.getText().equals(current)) {
            commit.accept(field.getText());
        }
        if (!field.isFocused() && stored.get() != null) {
            // a refused change leaves the field showing what the project still holds
            show(stored.get());
        }
    }
}
