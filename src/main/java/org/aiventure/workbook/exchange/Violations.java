package org.aiventure.workbook.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations of one file as the reader walks it, so that a founder sees all of them at once. It keeps
 * the first {@link #SHOWN} and counts the rest: a file broken everywhere must not flood a dialog or the heap.
 */
final class Violations {

    static final int SHOWN = 100;

    private final List<Violation> shown = new ArrayList<>();
    private int total;

    void add(Pointer at, String key, Object... args) {
        total++;
        if (shown.size() < SHOWN) {
            shown.add(Violation.of(at.toString(), key, args));
        }
    }

    /** Throws the violations found so far, if there are any. */
    void throwIfAny() throws AivwFormatException {
        if (total > 0) {
            throw new AivwFormatException(shown, total, null);
        }
    }
}
