package org.aiventure.workbook.exchange;

import java.util.Arrays;
import java.util.Base64;

/**
 * Base64 as the encrypted envelope writes it: the standard alphabet with padding, in its one canonical spelling.
 * Java's decoder also takes text without padding and ignores the unused bits of the last character, so two
 * spellings would give the same bytes, and a file changed by one byte could still open.
 */
final class Base64Text {

    private Base64Text() {
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The bytes of {@code text}, or null if it is not canonical padded standard base64. */
    static byte[] decode(String text) {
        if (text.length() % 4 != 0) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        // only the last group of four characters can be spelled two ways; re-encoding it is enough
        int tail = bytes.length % 3 == 0 ? Math.min(3, bytes.length) : bytes.length % 3;
        String lastGroup = Base64.getEncoder().encodeToString(
                Arrays.copyOfRange(bytes, bytes.length - tail, bytes.length));
        return text.endsWith(lastGroup) ? bytes : null;
    }
}
