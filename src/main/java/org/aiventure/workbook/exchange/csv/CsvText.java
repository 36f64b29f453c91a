package org.aiventure.workbook.exchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file before any parsing: read with a bound, decoded as strict UTF-8, the byte order mark
 * Excel writes removed, and its delimiter found from the header line.
 */
final class CsvText {

    /** A register of thousands of risks is a few MiB; anything larger is not a register, so it is not read. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private CsvText() {
    }

    /** The file's text; throws with a whole-file violation for a file too large or not UTF-8. */
    static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Violations().fatal(CsvViolation.inFile("csv.error.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String text = decode(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Strict decoding: a file saved in a legacy code page (GBK, Windows-1252: what Excel's plain "CSV" writes)
     * must be refused, not read as replacement characters that would then be stored.
     */
    private static String decode(byte[] bytes) throws CsvImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new Violations().fatal(CsvViolation.inFile("csv.error.notUtf8", in.position(),
                    lineAt(bytes, in.position())));
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Comma, or semicolon when the header line holds more semicolons than commas: Excel in much of Europe saves
     * "CSV" with semicolons because the comma is the decimal separator there. Header names hold neither.
     */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                commas++;
            } else if (c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
