package org.aiventure.workbook.exchange;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns a password into an AES key. An interface so that tests can watch it: a file with an absurd iteration
 * count must be refused without a key ever being derived.
 */
@FunctionalInterface
interface KeyDerivation {

    /** PBKDF2-HMAC-SHA256 of file-format.md; the JDK's implementation encodes the password's chars as UTF-8. */
    KeyDerivation PBKDF2 = (password, salt, iterations, keyBits) -> {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // every Java 17 runtime has PBKDF2WithHmacSHA256; without it no file could be opened at all
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    };

    /** The key bytes; {@code password} is already NFC and is not kept. */
    byte[] derive(char[] password, byte[] salt, int iterations, int keyBits);
}
