package org.aiventure.workbook.domain;

/** The length limits of file-format.md, in code points. */
public final class Limits {
    public static final int NAME = 200;
    public static final int TITLE = 200;
    public static final int LONG_TEXT = 20_000;
    public static final int NOTE_TEXT = 2_000;
    public static final int PERSON = 200;
    public static final int LABEL = 200;
    public static final int FORMULA = 50;
    public static final int MAX_EFFECTIVENESS = 90;
    public static final int MAX_APPETITE = 25;

    private Limits() {
    }
}
