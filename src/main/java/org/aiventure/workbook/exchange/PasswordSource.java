package org.aiventure.workbook.exchange;

import java.io.IOException;

/**
 * Where the password of an encrypted file comes from, asked only once the file is known to be encrypted, so that
 * opening a plain file never prompts for one.
 */
@FunctionalInterface
public interface PasswordSource {

    /** For callers that cannot ask: an encrypted file then fails with "a password is needed". */
    PasswordSource NONE = () -> null;

    /**
     * The password, or null or empty if none was given (the user cancelled). The reader wipes the array once the
     * key is derived, so hand over an array made for it.
     */
    char[] password() throws IOException;
}
