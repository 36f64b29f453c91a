package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.aiventure.workbook.domain.DomainException;

/**
 * Every text the exchange shows about a bad file, in one place so that the validating reader can make them
 * bilingual without hunting through the mapping code.
 */
final class AivwMessages {

    /** Long enough to recognise a value, short enough that a 20,000-character text does not flood a dialog. */
    private static final int QUOTE_LENGTH = 40;

    private AivwMessages() {
    }

    static String notAnAivwFile() {
        return "not an AI Venture Workbook project file";
    }

    static String newerVersion(String version) {
        return "made by a newer version of AI Venture Workbook (format " + version + "); this version reads format "
                + AivwFormat.VERSION;
    }

    static String emptyFile() {
        return "the file is empty";
    }

    static String notWellFormed(String detail, int line, int column) {
        return "not well-formed JSON at line " + line + ", column " + column + ": " + detail;
    }

    static String duplicateKey() {
        return "this key is given twice in one object";
    }

    static String unknownKey() {
        return "unknown key: this version of the format has no such key";
    }

    static String missing() {
        return "is missing";
    }

    static String expected(String what, JsonNode found) {
        return "must be " + what + ", found " + describe(found);
    }

    static String orNull(String what) {
        return what + " or null";
    }

    static String aString() {
        return "a string";
    }

    static String aBoolean() {
        return "true or false";
    }

    static String anObject() {
        return "an object";
    }

    static String anArray() {
        return "an array";
    }

    static String anInteger(int min, int max) {
        return max == Integer.MAX_VALUE
                ? "an integer of " + min + " or more"
                : "an integer from " + min + " to " + max;
    }

    static String theInteger(int value) {
        return "the integer " + value;
    }

    static String aNumber(int min, int max) {
        return "a number from " + min + " to " + max;
    }

    static String oneOf(Iterable<String> keys) {
        return "one of " + String.join(", ", keys);
    }

    static String aUuid() {
        return "a UUID in lower-case canonical form";
    }

    static String aDate() {
        return "a real calendar date YYYY-MM-DD";
    }

    static String anInstant() {
        return "a real UTC time YYYY-MM-DDThh:mm:ssZ";
    }

    /** A rule of the domain model that the value built here breaks. */
    static String brokenRule(DomainException e) {
        return e.getMessage();
    }

    private static String describe(JsonNode found) {
        if (found.isTextual()) {
            String text = found.textValue();
            if (text.codePointCount(0, text.length()) > QUOTE_LENGTH) {
                text = text.substring(0, text.offsetByCodePoints(0, QUOTE_LENGTH)) + "…";
            }
            return new TextNode(text).toString();
        }
        if (found.isObject()) {
            return "an object";
        }
        if (found.isArray()) {
            return "an array";
        }
        return found.toString();
    }
}
