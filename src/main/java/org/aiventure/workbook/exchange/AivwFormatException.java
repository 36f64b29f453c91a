package org.aiventure.workbook.exchange;

import java.io.IOException;

/**
 * A project file that breaks file-format.md. It names the problem by its JSON Pointer so that a founder can
 * find it in the file; it is an {@link IOException} because a bad file is one way reading a file fails.
 */
public final class AivwFormatException extends IOException {

    private final String pointer;
    private final String problem;

    AivwFormatException(String pointer, String problem, Throwable cause) {
        super(pointer.isEmpty() ? problem : pointer + ": " + problem, cause);
        this.pointer = pointer;
        this.problem = problem;
    }

    AivwFormatException(String pointer, String problem) {
        this(pointer, problem, null);
    }

    /** The JSON Pointer of the offending value or key; empty for the file as a whole. */
    public String pointer() {
        return pointer;
    }

    /** The problem in a plain sentence, without the pointer. */
    public String problem() {
        return problem;
    }
}
