package org.aiventure.workbook.session;

import java.io.IOException;

/**
 * Asks the person for a file's password, only when the file turns out to be encrypted. The array returned is
 * wiped after use; null means there is none to give (the read then fails with a clear message).
 */
@FunctionalInterface
public interface PasswordPrompt {

    /** For plain files only: an encrypted file cannot be opened. */
    PasswordPrompt NONE = () -> null;

    char[] ask() throws IOException;
}
