package org.aiventure.workbook.scoring;

import java.util.List;
import java.util.Objects;

/**
 * A text to show, as a key of the app's message bundles and its arguments, not as words: the UI renders it
 * in its current language, the CLI and the PDF in theirs ({@link FindingText}).
 */
public record Message(String key, List<Arg> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Arg... args) {
        return new Message(key, List.of(args));
    }
}
