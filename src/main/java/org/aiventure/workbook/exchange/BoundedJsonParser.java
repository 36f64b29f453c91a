package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.aiventure.workbook.domain.Limits;

/**
 * Jackson set up with the limits of file-format.md before it reads a byte: nesting, string length and duplicate
 * keys are refused by the parser itself, so a hostile file never becomes a deep or huge tree. Its failures become
 * {@link AivwFormatException}s with the pointer where the parser stood.
 */
final class BoundedJsonParser {

    static final int MAX_DEPTH = 64;

    /** For plain project files, whose longest legal string is a 20,000-code-point text. */
    static final BoundedJsonParser PLAIN = new BoundedJsonParser(Limits.LONG_TEXT);
    /**
     * For the encrypted envelope, whose ciphertext is as long as the file allows; its other strings are checked
     * against their patterns once parsed.
     */
    static final BoundedJsonParser ENVELOPE = new BoundedJsonParser(FileBytes.MAX_BYTES);

    // Jackson's only signals of which limit stopped the parser; tests pin them
    private static final String DUPLICATE_MESSAGE = "Duplicate field";
    private static final String DEPTH_MESSAGE = "nesting depth";
    private static final String STRING_MESSAGE = "String value length";

    private final int maxCodePoints;
    private final ObjectMapper mapper;

    private BoundedJsonParser(int maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
        this.mapper = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_DEPTH)
                                // Jackson counts UTF-16 units, of which a code point takes at most two; the
                                // exact count per field comes once the string is read
                                .maxStringLength(2 * maxCodePoints)
                                .build())
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // a score written 48.0 must stay 48.0, so that writing it again gives the same bytes
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /** The tree of a whole document, which must be one JSON value and nothing after it. */
    JsonNode parse(byte[] bytes) throws AivwFormatException {
        try (JsonParser parser = mapper.createParser(bytes)) {
            JsonNode root;
            try {
                root = mapper.readTree(parser);
                if (root != null && parser.nextToken() != null) {
                    JsonLocation where = parser.currentTokenLocation();
                    throw AivwFormatException.ofFile(AivwMessages.TRAILING, where.getLineNr(), where.getColumnNr());
                }
            } catch (JsonProcessingException e) {
                throw translate(e, parser);
            }
            if (root == null || root.isMissingNode()) {
                throw AivwFormatException.ofFile(AivwMessages.EMPTY);
            }
            return root;
        } catch (AivwFormatException e) {
            throw e;
        } catch (IOException e) {
            // the bytes are in memory; only closing the parser is left to fail, and it cannot
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@code format} string of a document's top-level object, found by streaming past the other members
     * without building them; null if the document is no object or has no such string.
     */
    String format(byte[] bytes) throws AivwFormatException {
        try (JsonParser parser = mapper.createParser(bytes)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("format".equals(name)) {
                        return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    }
                    parser.skipChildren();
                }
                return null;
            } catch (JsonProcessingException e) {
                throw translate(e, parser);
            }
        } catch (AivwFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private AivwFormatException translate(JsonProcessingException e, JsonParser parser) {
        String at = parser.getParsingContext().pathAsPointer().toString();
        String detail = e.getOriginalMessage();
        if (detail.startsWith(DUPLICATE_MESSAGE)) {
            return AivwFormatException.at(at, AivwMessages.DUPLICATE_KEY);
        }
        if (e instanceof StreamConstraintsException && detail.contains(DEPTH_MESSAGE)) {
            return AivwFormatException.at(at, AivwMessages.TOO_DEEP, MAX_DEPTH);
        }
        if (e instanceof StreamConstraintsException && detail.startsWith(STRING_MESSAGE)) {
            return AivwFormatException.at(at, AivwMessages.STRING_TOO_LONG, maxCodePoints);
        }
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return AivwFormatException.at(at, AivwMessages.NOT_JSON, where.getLineNr(), where.getColumnNr(), detail);
    }
}
