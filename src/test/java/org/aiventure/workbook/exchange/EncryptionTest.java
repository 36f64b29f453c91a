package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Encrypted files fail closed: a wrong password and every kind of damage give the one message, and an envelope
 * that would make the reader work for hours is refused before any key is derived. Files written here use the
 * readers' minimum iteration count, so that the many derivations stay quick; the example round trip in
 * {@link ExampleRoundTripTest} uses the writers' 600,000.
 */
class EncryptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PLAIN = Examples.bytes(Examples.MEDTRIAGE);
    private static final char[] PASSWORD = "correct horse".toCharArray();

    /** Counts key derivations, and derives the real key. */
    private final AtomicInteger derivations = new AtomicInteger();
    private final AivwEncryption encryption = new AivwEncryption((password, salt, iterations, bits) -> {
        derivations.incrementAndGet();
        return KeyDerivation.PBKDF2.derive(password, salt, iterations, bits);
    }, new SecureRandom(), EncryptedEnvelope.MIN_ITERATIONS);

    private byte[] encrypted() {
        return encryption.encrypt(PLAIN, PASSWORD);
    }

    private ProjectFile read(byte[] file, String password) throws IOException {
        return new ProjectFiles(encryption).read(new ByteArrayInputStream(file), () -> password.toCharArray());
    }

    private AivwFormatException refused(byte[] file, String password) {
        return assertThrows(AivwFormatException.class, () -> read(file, password));
    }

    private static void assertDamaged(AivwFormatException e) {
        assertEquals(1, e.total());
        assertEquals("wrong password or damaged file", e.getMessage());
        assertEquals(AivwMessages.DECRYPT, e.key());
    }

    /** The file with one envelope member changed by {@code change}. */
    private static byte[] edited(byte[] file, UnaryOperator<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(file);
        return JSON.writeValueAsBytes(change.apply(root));
    }

    /** The file with the bytes of a base64 member transformed. */
    private static byte[] withBytes(byte[] file, String object, String field, UnaryOperator<byte[]> change)
            throws IOException {
        return edited(file, root -> {
            ObjectNode holder = object == null ? root : (ObjectNode) root.get(object);
            byte[] bytes = Base64.getDecoder().decode(holder.get(field).textValue());
            holder.put(field, Base64.getEncoder().encodeToString(change.apply(bytes)));
            return root;
        });
    }

    private static UnaryOperator<byte[]> flip(int fromEnd) {
        return bytes -> {
            byte[] copy = bytes.clone();
            copy[copy.length - 1 - fromEnd] ^= 0x01;
            return copy;
        };
    }

    @Test
    void theRightPasswordOpensTheFile() throws IOException {
        byte[] encrypted = encrypted();
        derivations.set(0);

        ProjectFile file = read(encrypted, "correct horse");

        assertEquals("MedTriage", file.project().name());
        assertEquals(1, derivations.get());
    }

    @Test
    void theEnvelopeIsWrittenCanonicallyWithFreshSaltAndIv() throws IOException {
        String text = new String(encrypted(), StandardCharsets.UTF_8);

        assertTrue(text.matches("""
                \\{
                  "format": "ai-venture-workbook-encrypted",
                  "formatVersion": 1,
                  "kdf": \\{
                    "name": "PBKDF2WithHmacSHA256",
                    "iterations": 100000,
                    "salt": "[A-Za-z0-9+/]{22}=="
                  },
                  "cipher": \\{
                    "name": "AES/GCM/NoPadding",
                    "keyBits": 256,
                    "iv": "[A-Za-z0-9+/]{16}",
                    "tagBits": 128
                  },
                  "ciphertext": "[A-Za-z0-9+/]+=*"
                }
                """), text);
        ObjectNode one = (ObjectNode) JSON.readTree(encrypted());
        ObjectNode two = (ObjectNode) JSON.readTree(encrypted());
        assertNotEquals(one.at("/kdf/salt"), two.at("/kdf/salt"));
        assertNotEquals(one.at("/cipher/iv"), two.at("/cipher/iv"));
        // the plain file plus the 16-byte tag
        assertEquals(PLAIN.length + 16, Base64.getDecoder().decode(one.get("ciphertext").textValue()).length);
    }

    @Test
    void aWrongPasswordFailsWithTheOneMessage() {
        assertDamaged(refused(encrypted(), "correct horse "));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 16, 1000})
    void aFlippedByteOfTheCiphertextOrItsTagFails(int fromEnd) throws IOException {
        // the last 16 bytes are the tag; 16 and beyond are the ciphertext proper
        assertDamaged(refused(withBytes(encrypted(), null, "ciphertext", flip(fromEnd)), "correct horse"));
    }

    @Test
    void aFlippedByteOfTheSaltOrIvFails() throws IOException {
        assertDamaged(refused(withBytes(encrypted(), "kdf", "salt", flip(3)), "correct horse"));
        assertDamaged(refused(withBytes(encrypted(), "cipher", "iv", flip(0)), "correct horse"));
    }

    @Test
    void aTruncatedCiphertextFails() throws IOException {
        assertDamaged(refused(withBytes(encrypted(), null, "ciphertext",
                bytes -> Arrays.copyOf(bytes, bytes.length - 5)), "correct horse"));
        assertDamaged(refused(withBytes(encrypted(), null, "ciphertext",
                bytes -> Arrays.copyOf(bytes, 10)), "correct horse"));
        // cut in the middle of a base64 group: not base64 any more, damaged all the same
        assertDamaged(refused(edited(encrypted(), root -> root.put("ciphertext",
                root.get("ciphertext").textValue().substring(0, 101))), "correct horse"));
    }

    @Test
    void aChangedSpellingOfTheSameBytesFails() throws IOException {
        // "QQ==" and "QR==" decode to the same byte in Java; only the canonical one is the file that was written
        byte[] file = edited(encrypted(), root -> root.put("ciphertext", "QR=="));
        derivations.set(0);

        assertDamaged(refused(file, "correct horse"));
        assertEquals(0, derivations.get(), "refused without deriving a key");
    }

    @ParameterizedTest
    @ValueSource(longs = {2_000_000_000L, 50L, 99_999L, 10_000_001L})
    void anAbsurdIterationCountIsRefusedWithoutDerivingAKey(long iterations) throws IOException {
        byte[] file = edited(encrypted(), root -> {
            ((ObjectNode) root.get("kdf")).put("iterations", iterations);
            return root;
        });
        derivations.set(0);

        AivwFormatException e = refused(file, "correct horse");

        assertEquals("/kdf/iterations: must be an integer from 100000 to 10000000, found " + iterations,
                e.getMessage());
        assertEquals(0, derivations.get());
    }

    @Test
    void theEnvelopeIsCheckedStrictlyAndWhole() throws IOException {
        byte[] file = edited(encrypted(), root -> {
            root.put("comment", "hi");
            ((ObjectNode) root.get("kdf")).put("salt", "c2hvcnQ=");
            ((ObjectNode) root.get("cipher")).put("keyBits", 128);
            ((ObjectNode) root.get("cipher")).remove("tagBits");
            return root;
        });
        derivations.set(0);

        AivwFormatException e = refused(file, "correct horse");

        assertEquals(List.of(
                "/kdf/salt: must be standard base64 with padding of 16 bytes, found \"c2hvcnQ=\"",
                "/cipher/keyBits: must be 256, found 128",
                "/cipher/tagBits: is missing",
                "/comment: unknown key: this version of the format has no such key"),
                e.violations().stream().map(Violation::toString).toList());
        assertEquals(0, derivations.get());
    }

    @Test
    void aDuplicateKeyInTheEnvelopeIsRefused() {
        String text = new String(encrypted(), StandardCharsets.UTF_8)
                .replace("\"tagBits\": 128", "\"tagBits\": 128,\n    \"tagBits\": 96");

        AivwFormatException e = refused(text.getBytes(StandardCharsets.UTF_8), "correct horse");

        assertEquals("/cipher/tagBits: this key is given twice in one object", e.getMessage());
    }

    @Test
    void aNewerEnvelopeVersionIsToldAsSuch() throws IOException {
        byte[] file = edited(encrypted(), root -> root.put("formatVersion", 2));

        assertEquals("/formatVersion: made by a newer version of AI Venture Workbook (format 2); "
                + "this version reads format 1", refused(file, "correct horse").getMessage());
    }

    @Test
    void noPasswordGivenIsToldAsSuch() {
        AivwFormatException e = assertThrows(AivwFormatException.class,
                () -> new ProjectFiles(encryption).read(new ByteArrayInputStream(encrypted()), PasswordSource.NONE));

        assertEquals("a password is needed to open this encrypted file", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> encryption.encrypt(PLAIN, new char[0]));
    }

    @Test
    void theSuppliedPasswordIsWipedAfterUse() throws IOException {
        char[] given = "correct horse".toCharArray();

        new ProjectFiles(encryption).read(new ByteArrayInputStream(encrypted()), () -> given);

        assertArrayEquals(new char[given.length], given);
    }

    @Test
    void aDecomposedPasswordOpensAFileEncryptedWithTheComposedOne() throws IOException {
        byte[] file = encryption.encrypt(PLAIN, "caf\u00e9".toCharArray());

        assertEquals("MedTriage", read(file, "cafe\u0301").project().name());
        assertDamaged(refused(file, "cafe"));
    }

    @Test
    void theKeyIsPbkdf2OfTheUtf8BytesOfThePassword() {
        // reference value from Python: hashlib.pbkdf2_hmac('sha256', 'é'.encode('utf-8'), b'0123456789abcdef', 1000, 32)
        byte[] key = KeyDerivation.PBKDF2.derive("\u00e9".toCharArray(),
                "0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 1000, 256);

        assertEquals("62a1ffb614603d0944366b77b24aa5a7fd4d4cf985cb077f175967bc0b8eacc5",
                HexFormat.of().formatHex(key));
    }

    @Test
    void thePlaintextIsCheckedLikeAPlainFile() {
        byte[] notAProject = encryption.encrypt("{\"format\": \"something-else\"}".getBytes(StandardCharsets.UTF_8),
                PASSWORD);
        byte[] badProject = encryption.encrypt(new String(PLAIN, StandardCharsets.UTF_8)
                .replace("\"riskAppetite\": 8", "\"riskAppetite\": 80").getBytes(StandardCharsets.UTF_8), PASSWORD);

        assertEquals("not an AI Venture Workbook project file", refused(notAProject, "correct horse").getMessage());
        assertEquals("/project/riskAppetite: must be an integer from 1 to 25, found 80",
                refused(badProject, "correct horse").getMessage());
    }

    @Test
    void writeEncryptedWritesWhatReadOpens() throws IOException {
        ProjectFile original = read(encrypted(), "correct horse");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new ProjectFiles(encryption).writeEncrypted(original.project(), original.exportedAt(), original.generator(),
                PASSWORD, out);

        assertEquals(original, read(out.toByteArray(), "correct horse"));
        assertEquals("correct horse", new String(PASSWORD), "the caller's array is left as it was");
    }
}
