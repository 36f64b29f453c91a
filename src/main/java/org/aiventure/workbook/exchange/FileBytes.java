package org.aiventure.workbook.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a file, read within the size limit of file-format.md and checked to be UTF-8 text before any JSON
 * parser sees them: Jackson would otherwise detect UTF-16 and UTF-32 and skip a byte order mark, and accept
 * some byte sequences that are no UTF-8.
 */
final class FileBytes {

    static final int MAX_MIB = 64;
    static final int MAX_BYTES = MAX_MIB << 20;
    private static final int CHUNK = 64 << 10;

    private FileBytes() {
    }

    /**
     * The whole stream, refused as soon as it is known to be over the size limit: at once when {@code knownLength}
     * (or -1) says so, else after reading one byte more than the limit. Reading also stops at the first bracket
     * nested deeper than the parser allows, and returns the bytes up to there: every parse of them stops at that
     * bracket and reports it, so a deep file is refused after a chunk or two, not after 64 MiB.
     */
    static byte[] read(InputStream in, long knownLength) throws IOException {
        if (knownLength > MAX_BYTES) {
            throw AivwFormatException.ofFile(AivwMessages.TOO_LARGE, MAX_MIB);
        }
        byte[] bytes = new byte[knownLength >= 0 ? (int) knownLength + 1 : CHUNK];
        int size = 0;
        NestingScan nesting = new NestingScan();
        while (true) {
            if (bytes.length - size < CHUNK && bytes.length <= MAX_BYTES) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES + 1L, 2L * bytes.length + CHUNK));
            }
            int n = in.read(bytes, size, Math.min(CHUNK, bytes.length - size));
            if (n < 0) {
                break;
            }
            boolean tooDeep = nesting.tooDeep(bytes, size, n);
            size += n;
            if (size > MAX_BYTES) {
                throw AivwFormatException.ofFile(AivwMessages.TOO_LARGE, MAX_MIB);
            }
            if (tooDeep) {
                break;
            }
        }
        bytes = size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        checkText(bytes);
        return bytes;
    }

    /** Refuses an empty file, a byte order mark, UTF-16 or UTF-32, and any byte sequence that is not UTF-8. */
    static void checkText(byte[] bytes) throws AivwFormatException {
        if (bytes.length == 0) {
            throw AivwFormatException.ofFile(AivwMessages.EMPTY);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw AivwFormatException.ofFile(AivwMessages.BYTE_ORDER_MARK);
        }
        // JSON starts with an ASCII character, which UTF-16 and UTF-32 write with a zero byte beside it; FE FF and
        // FF FE are their byte order marks
        if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0
                || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            throw AivwFormatException.ofFile(AivwMessages.UTF16);
        }
        checkUtf8(bytes);
    }

    /** Decodes in small steps, so that checking a 64 MiB file does not hold its 64 Mi characters. */
    private static void checkUtf8(byte[] bytes) throws AivwFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw AivwFormatException.ofFile(AivwMessages.NOT_UTF8, in.position());
            }
        } while (result.isOverflow());
    }

    /**
     * Counts brackets outside strings, byte by byte: in UTF-8 no byte of a multi-byte character equals a bracket,
     * a quote or a backslash, so bytes are as good as characters here.
     */
    private static final class NestingScan {
        private int depth;
        private boolean inString;
        private boolean escaped;

        /** Whether {@code length} bytes from {@code from} take the nesting past the parser's limit. */
        boolean tooDeep(byte[] bytes, int from, int length) {
            for (int i = from; i < from + length; i++) {
                byte b = bytes[i];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    if (++depth > BoundedJsonParser.MAX_DEPTH) {
                        return true;
                    }
                } else if (b == '}' || b == ']') {
                    depth--;
                }
            }
            return false;
        }
    }
}
