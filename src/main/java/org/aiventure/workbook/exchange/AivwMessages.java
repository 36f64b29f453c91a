package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The message keys of everything the exchange says about a bad file, all {@code aivw.error.*} in the app's
 * bundles. The pointer is never an argument: {@link Violation} puts it in front of the sentence.
 */
final class AivwMessages {

    // the file as a whole
    static final String EMPTY = "aivw.error.empty";
    static final String TOO_LARGE = "aivw.error.tooLarge";
    static final String BYTE_ORDER_MARK = "aivw.error.byteOrderMark";
    static final String UTF16 = "aivw.error.utf16";
    static final String NOT_UTF8 = "aivw.error.notUtf8";
    static final String NOT_JSON = "aivw.error.notJson";
    static final String TRAILING = "aivw.error.trailing";
    static final String TOO_DEEP = "aivw.error.tooDeep";
    static final String STRING_TOO_LONG = "aivw.error.stringTooLong";
    static final String NOT_AIVW = "aivw.error.notAivw";
    static final String NEWER_VERSION = "aivw.error.newerVersion";
    static final String DECRYPT = "aivw.error.decrypt";
    static final String PASSWORD_NEEDED = "aivw.error.passwordNeeded";
    static final String PROBLEMS = "aivw.error.problems";
    static final String MORE = "aivw.error.more";

    // keys and values
    static final String DUPLICATE_KEY = "aivw.error.duplicateKey";
    static final String UNKNOWN_KEY = "aivw.error.unknownKey";
    static final String MISSING = "aivw.error.missing";
    static final String NOT_STRING = "aivw.error.notString";
    static final String NOT_BOOLEAN = "aivw.error.notBoolean";
    static final String NOT_OBJECT = "aivw.error.notObject";
    static final String NOT_ARRAY = "aivw.error.notArray";
    static final String INTEGER_RANGE = "aivw.error.integerRange";
    static final String INTEGER_MIN = "aivw.error.integerMin";
    static final String CONSTANT = "aivw.error.constant";
    static final String SCORE = "aivw.error.score";
    static final String ONE_OF = "aivw.error.oneOf";
    static final String CONTROL = "aivw.error.control";
    static final String CATEGORY_KIND = "aivw.error.categoryKind";
    static final String UUID = "aivw.error.uuid";
    static final String DATE = "aivw.error.date";
    static final String INSTANT = "aivw.error.instant";
    static final String RISK_CODE = "aivw.error.riskCode";
    static final String LENGTH = "aivw.error.length";
    static final String TOO_LONG = "aivw.error.tooLong";
    static final String BLANK = "aivw.error.blank";
    static final String UNPAIRED_SURROGATE = "aivw.error.unpairedSurrogate";
    static final String TOO_MANY_ITEMS = "aivw.error.tooManyItems";
    static final String BASE64 = "aivw.error.base64";

    // across the file
    static final String REPEATED = "aivw.error.repeated";
    static final String DUPLICATE_ID = "aivw.error.duplicateId";
    static final String DUPLICATE_CODE = "aivw.error.duplicateCode";
    static final String DUPLICATE_POSITION = "aivw.error.duplicatePosition";
    static final String UNKNOWN_RISK = "aivw.error.unknownRisk";
    static final String UNKNOWN_OWNER = "aivw.error.unknownOwner";

    /** Long enough to recognise a value, short enough that a 20,000-character text does not flood a dialog. */
    private static final int QUOTE_LENGTH = 40;

    private AivwMessages() {
    }

    /**
     * A value as the message quotes it: a string in JSON quotes (cut to {@value #QUOTE_LENGTH} characters), a
     * number, true, false or null as written, and an object or array as {@code {…}} or {@code […]}, which read
     * the same in every language.
     */
    static String found(JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue();
            if (text.codePointCount(0, text.length()) > QUOTE_LENGTH) {
                text = text.substring(0, text.offsetByCodePoints(0, QUOTE_LENGTH)) + "…";
            }
            return new TextNode(text).toString();
        }
        if (value.isObject()) {
            return "{…}";
        }
        if (value.isArray()) {
            return "[…]";
        }
        return value.toString();
    }
}
