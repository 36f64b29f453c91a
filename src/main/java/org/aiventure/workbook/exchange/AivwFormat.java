package org.aiventure.workbook.exchange;

/** The constants of the envelope of a plain project file (file-format.md). */
final class AivwFormat {

    static final String NAME = "ai-venture-workbook";
    static final int VERSION = 1;
    static final int GENERATOR_LENGTH = 200;

    private AivwFormat() {
    }
}
