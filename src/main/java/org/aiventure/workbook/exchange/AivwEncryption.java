package org.aiventure.workbook.exchange;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password encryption of project files as file-format.md fixes it: PBKDF2-HMAC-SHA256 over the NFC form of the
 * password, AES-256-GCM with a 128-bit tag and the format's name as additional authenticated data. Every
 * failure to open (wrong password, any changed byte, a cut ciphertext) is one message, as the tag cannot tell
 * them apart and a finer message would only help someone guessing.
 */
final class AivwEncryption {

    /** What writers use (file-format.md); readers accept the envelope's range. */
    static final int WRITE_ITERATIONS = 600_000;
    private static final byte[] AAD =
            (AivwFormat.ENCRYPTED_NAME + ":" + AivwFormat.VERSION).getBytes(StandardCharsets.UTF_8);

    private final KeyDerivation kdf;
    private final SecureRandom random;
    private final int writeIterations;

    AivwEncryption() {
        this(KeyDerivation.PBKDF2, new SecureRandom(), WRITE_ITERATIONS);
    }

    /** For tests: a watched key derivation, and fewer iterations where a test writes many files. */
    AivwEncryption(KeyDerivation kdf, SecureRandom random, int writeIterations) {
        this.kdf = kdf;
        this.random = random;
        this.writeIterations = writeIterations;
    }

    /** The encrypted file of a plain one, with a fresh salt and IV. {@code password} is left as it was. */
    byte[] encrypt(byte[] plainFile, char[] password) {
        byte[] salt = new byte[EncryptedEnvelope.SALT_BYTES];
        byte[] iv = new byte[EncryptedEnvelope.IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        char[] nfc = nfc(password);
        if (nfc.length == 0) {
            throw new IllegalArgumentException("the password of an encrypted file must not be empty");
        }
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nfc, salt, writeIterations, iv);
            return new EncryptedEnvelope(writeIterations, salt, iv, cipher.doFinal(plainFile)).toBytes();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The plain file inside an encrypted one. The envelope is checked in full before a key is derived; the
     * password array is wiped.
     */
    byte[] decrypt(byte[] encryptedFile, PasswordSource passwords) throws java.io.IOException {
        EncryptedEnvelope envelope = EncryptedEnvelope.read(encryptedFile);
        // too short to hold the tag: Java 17's GCM throws a ProviderException there, not a bad tag
        if (envelope.ciphertext().length < EncryptedEnvelope.TAG_BITS / 8) {
            throw AivwFormatException.ofFile(AivwMessages.DECRYPT);
        }
        char[] password = passwords.password();
        char[] nfc = password == null ? new char[0] : nfc(password);
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        if (nfc.length == 0) {
            throw AivwFormatException.ofFile(AivwMessages.PASSWORD_NEEDED);
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, nfc, envelope.salt(), envelope.iterations(), envelope.iv())
                    .doFinal(envelope.ciphertext());
        } catch (AEADBadTagException e) {
            throw AivwFormatException.ofFile(AivwMessages.DECRYPT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cipher keyed from the password, which it wipes. */
    private Cipher cipher(int mode, char[] nfcPassword, byte[] salt, int iterations, byte[] iv)
            throws GeneralSecurityException {
        byte[] key = kdf.derive(nfcPassword, salt, iterations, EncryptedEnvelope.KEY_BITS);
        Arrays.fill(nfcPassword, '\0');
        try {
            Cipher cipher = Cipher.getInstance(EncryptedEnvelope.CIPHER);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(EncryptedEnvelope.TAG_BITS, iv));
            cipher.updateAAD(AAD);
            return cipher;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * A copy of the password in Unicode NFC, so that é typed as one character or as e and a combining accent
     * opens the same file. Only a password that needs normalising passes through an immutable String.
     */
    private static char[] nfc(char[] password) {
        CharBuffer chars = CharBuffer.wrap(password);
        return Normalizer.isNormalized(chars, Normalizer.Form.NFC)
                ? password.clone()
                : Normalizer.normalize(chars, Normalizer.Form.NFC).toCharArray();
    }
}
