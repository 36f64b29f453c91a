package org.aiventure.workbook.domain;

import java.util.List;

/**
 * A problem the founder should read in their language: a message key of the i18n bundles and its
 * arguments. Exceptions of every layer implement it so each screen can render any of them the same way.
 */
public interface LocalizedProblem {

    String key();

    List<String> args();

    /**
     * Whether the person can fix it in what they gave (a file, a name, a value) rather than it being a
     * failure of the app; the command line exits 2 for these, 1 for the others.
     */
    default boolean isBadInput() {
        return true;
    }

    /** The message in {@code language}. */
    default String message(Language language) {
        return Messages.format(language, key(), args().toArray());
    }
}
