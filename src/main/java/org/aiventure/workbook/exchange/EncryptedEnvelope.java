package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The envelope of an encrypted file (file-format.md, aivw-encrypted.schema.json): the key derivation's
 * parameters, the cipher's IV and the ciphertext with its tag. Reading it checks every field, the iteration
 * count included, before anyone derives a key from it.
 */
record EncryptedEnvelope(int iterations, byte[] salt, byte[] iv, byte[] ciphertext) {

    static final String KDF = "PBKDF2WithHmacSHA256";
    static final String CIPHER = "AES/GCM/NoPadding";
    static final int KEY_BITS = 256;
    static final int TAG_BITS = 128;
    static final int SALT_BYTES = 16;
    static final int IV_BYTES = 12;
    /** Readers accept this range so that a file cannot make the reader work for hours (file-format.md). */
    static final int MIN_ITERATIONS = 100_000;
    static final int MAX_ITERATIONS = 10_000_000;

    /** The envelope in {@code bytes}, whose {@code format} has been seen to be the encrypted one. */
    static EncryptedEnvelope read(byte[] bytes) throws AivwFormatException {
        JsonNode root = BoundedJsonParser.ENVELOPE.parse(bytes);
        Violations out = new Violations();
        StrictObject file = StrictObject.of(root, Pointer.ROOT, out);
        if (file == null) {
            throw AivwFormatException.ofFile(AivwMessages.NOT_AIVW);
        }
        file.get("format", JsonValues.constant(AivwFormat.ENCRYPTED_NAME));
        AivwFormat.checkVersion(file);
        Kdf kdf = file.get("kdf", StrictObject.objects(EncryptedEnvelope::kdf));
        byte[] iv = file.get("cipher", StrictObject.objects(EncryptedEnvelope::cipher));
        String ciphertext = file.get("ciphertext", (node, at, o) -> {
            if (!node.isTextual()) {
                o.add(at, AivwMessages.NOT_STRING, AivwMessages.found(node));
            }
            return node.textValue();
        });
        file.finish();
        out.throwIfAny();
        // the ciphertext is opaque: damage to it is told like any other damage to what the password protects
        byte[] sealed = Base64Text.decode(ciphertext);
        if (sealed == null) {
            throw AivwFormatException.ofFile(AivwMessages.DECRYPT);
        }
        return new EncryptedEnvelope(kdf.iterations(), kdf.salt(), iv, sealed);
    }

    private static Kdf kdf(StrictObject o) {
        o.get("name", JsonValues.constant(KDF));
        Integer iterations = o.get("iterations", JsonValues.integer(MIN_ITERATIONS, MAX_ITERATIONS));
        byte[] salt = o.get("salt", base64(SALT_BYTES));
        o.finish();
        return new Kdf(iterations == null ? 0 : iterations, salt);
    }

    /** The IV; the other members of {@code cipher} are constants. */
    private static byte[] cipher(StrictObject o) {
        o.get("name", JsonValues.constant(CIPHER));
        o.get("keyBits", JsonValues.constant(KEY_BITS));
        byte[] iv = o.get("iv", base64(IV_BYTES));
        o.get("tagBits", JsonValues.constant(TAG_BITS));
        o.finish();
        return iv;
    }

    private static ValueMapper<byte[]> base64(int length) {
        return (node, at, out) -> {
            byte[] bytes = node.isTextual() ? Base64Text.decode(node.textValue()) : null;
            if (bytes == null || bytes.length != length) {
                out.add(at, AivwMessages.BASE64, length, AivwMessages.found(node));
                return null;
            }
            return bytes;
        };
    }

    /** The envelope in the canonical form of plain files: keys in the order of file-format.md, final newline. */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ciphertext.length * 4 / 3 + 512);
        try (JsonGenerator g = ProjectFileWriter.canonicalGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("format", AivwFormat.ENCRYPTED_NAME);
            g.writeNumberField("formatVersion", AivwFormat.VERSION);
            g.writeObjectFieldStart("kdf");
            g.writeStringField("name", KDF);
            g.writeNumberField("iterations", iterations);
            g.writeStringField("salt", Base64Text.encode(salt));
            g.writeEndObject();
            g.writeObjectFieldStart("cipher");
            g.writeStringField("name", CIPHER);
            g.writeNumberField("keyBits", KEY_BITS);
            g.writeStringField("iv", Base64Text.encode(iv));
            g.writeNumberField("tagBits", TAG_BITS);
            g.writeEndObject();
            g.writeStringField("ciphertext", Base64Text.encode(ciphertext));
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private record Kdf(int iterations, byte[] salt) {
    }
}
