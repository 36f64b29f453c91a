package org.aiventure.workbook.exchange;

import java.util.Arrays;
import java.util.List;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.LocalizedProblem;

/**
 * One thing wrong with a project file: where (a JSON Pointer, empty for the file as a whole) and what (a message
 * key of the i18n bundles with its arguments), so that each screen says it in its own language.
 */
public record Violation(String pointer, String key, List<String> args) implements LocalizedProblem {

    public Violation {
        args = List.copyOf(args);
    }

    static Violation of(String pointer, String key, Object... args) {
        return new Violation(pointer, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** {@code pointer: sentence} in the given language, or the sentence alone for the file as a whole. */
    @Override
    public String message(Language language) {
        String sentence = LocalizedProblem.super.message(language);
        return pointer.isEmpty() ? sentence : pointer + ": " + sentence;
    }

    /** The English {@code pointer: sentence}. */
    @Override
    public String toString() {
        return message(Language.EN);
    }
}
