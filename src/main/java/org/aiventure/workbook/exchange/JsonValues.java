package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.DomainException;

/** The value types of file-format.md as {@link ValueMapper}s, each reporting at the pointer of the value. */
final class JsonValues {

    // The patterns of aivw.schema.json; java.time alone would accept upper-case UUIDs, "+" years and offsets.
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT_FORM =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");
    private static final Pattern RISK_CODE = Pattern.compile("R-[0-9]{3,}");
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private JsonValues() {
    }

    /** A string of {@code min}..{@code max} code points. */
    static ValueMapper<String> text(int min, int max) {
        return (node, at, out) -> checkedText(node, at, out, min, max);
    }

    /** A string of 1..{@code max} code points with a character that is not Unicode White_Space. */
    static ValueMapper<String> nonBlankText(int max) {
        return (node, at, out) -> {
            String text = checkedText(node, at, out, 1, max);
            if (text != null && Checks.isBlank(text)) {
                out.add(at, AivwMessages.BLANK);
                return null;
            }
            return text;
        };
    }

    private static String checkedText(JsonNode node, Pointer at, Violations out, int min, int max) {
        if (!node.isTextual()) {
            out.add(at, AivwMessages.NOT_STRING, AivwMessages.found(node));
            return null;
        }
        String text = node.textValue();
        // JSON can escape half a surrogate pair (\ud800); such a string is no text and could not be written back
        int length = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (Character.isSurrogate(text.charAt(i))) {
                out.add(at, AivwMessages.UNPAIRED_SURROGATE);
                return null;
            }
            length++;
        }
        if (length < min || length > max) {
            if (min == 0) {
                out.add(at, AivwMessages.TOO_LONG, max, length);
            } else {
                out.add(at, AivwMessages.LENGTH, min, max, length);
            }
            return null;
        }
        return text;
    }

    static Boolean bool(JsonNode node, Pointer at, Violations out) {
        if (!node.isBoolean()) {
            out.add(at, AivwMessages.NOT_BOOLEAN, AivwMessages.found(node));
            return null;
        }
        return node.booleanValue();
    }

    /** A JSON integer literal in a range: {@code 3.0} and {@code "3"} are not integers here. */
    static ValueMapper<Integer> integer(int min, int max) {
        return (node, at, out) -> {
            if (!node.isIntegralNumber() || !node.canConvertToInt()
                    || node.intValue() < min || node.intValue() > max) {
                if (max == Integer.MAX_VALUE) {
                    out.add(at, AivwMessages.INTEGER_MIN, min, AivwMessages.found(node));
                } else {
                    out.add(at, AivwMessages.INTEGER_RANGE, min, max, AivwMessages.found(node));
                }
                return null;
            }
            return node.intValue();
        };
    }

    /** A score of 0-100, keeping the scale it was written with ({@code 48.0} stays {@code 48.0}). */
    static BigDecimal score(JsonNode node, Pointer at, Violations out) {
        if (!node.isNumber() || node.decimalValue().signum() < 0 || node.decimalValue().compareTo(MAX_SCORE) > 0) {
            out.add(at, AivwMessages.SCORE, AivwMessages.found(node));
            return null;
        }
        return node.decimalValue();
    }

    static UUID uuid(JsonNode node, Pointer at, Violations out) {
        if (!node.isTextual() || !UUID_FORM.matcher(node.textValue()).matches()) {
            out.add(at, AivwMessages.UUID, AivwMessages.found(node));
            return null;
        }
        return UUID.fromString(node.textValue());
    }

    static String riskCode(JsonNode node, Pointer at, Violations out) {
        if (!node.isTextual() || !RISK_CODE.matcher(node.textValue()).matches()) {
            out.add(at, AivwMessages.RISK_CODE, AivwMessages.found(node));
            return null;
        }
        return node.textValue();
    }

    static LocalDate date(JsonNode node, Pointer at, Violations out) {
        if (node.isTextual() && DATE_FORM.matcher(node.textValue()).matches()) {
            try {
                // ISO_LOCAL_DATE resolves strictly: 2027-02-30 has the form of a date but is none
                return LocalDate.parse(node.textValue());
            } catch (DateTimeParseException e) {
                // reported below like any other non-date
            }
        }
        out.add(at, AivwMessages.DATE, AivwMessages.found(node));
        return null;
    }

    static Instant instant(JsonNode node, Pointer at, Violations out) {
        String text = node.textValue();
        if (text != null && INSTANT_FORM.matcher(text).matches()) {
            try {
                // not Instant.parse: it takes 24:00:00 and the leap second :60, which it turns into other times, so
                // the file would not come back as it was written; the strict local date-time refuses both
                return LocalDateTime.parse(text.substring(0, text.length() - 1)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // month 13 and the like: reported below like any other non-instant
            }
        }
        out.add(at, AivwMessages.INSTANT, AivwMessages.found(node));
        return null;
    }

    /** A constant of an enum written by its name. */
    static <E extends Enum<E>> ValueMapper<E> oneOf(Class<E> type) {
        E[] constants = type.getEnumConstants();
        return key(name -> {
            for (E c : constants) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
            return null;
        }, Arrays.stream(constants).map(Enum::name).toList());
    }

    /** A key of a fixed list, parsed by {@code parser}, which returns null for anything else. */
    static <T> ValueMapper<T> key(Function<String, T> parser, List<String> keys) {
        String listed = String.join(", ", keys);
        return (node, at, out) -> {
            T value = node.isTextual() ? parser.apply(node.textValue()) : null;
            if (value == null) {
                out.add(at, AivwMessages.ONE_OF, listed, AivwMessages.found(node));
            }
            return value;
        };
    }

    /** A key parsed by one of the domain's own parsers, which throw {@link DomainException} for unknown keys. */
    static <T> Function<String, T> orNull(Function<String, T> domainParser) {
        return key -> {
            try {
                return domainParser.apply(key);
            } catch (DomainException e) {
                return null;
            }
        };
    }

    /** A string that must be exactly {@code expected}, such as the name of an algorithm. */
    static ValueMapper<String> constant(String expected) {
        return (node, at, out) -> {
            if (!expected.equals(node.textValue())) {
                out.add(at, AivwMessages.CONSTANT, new TextNode(expected), AivwMessages.found(node));
                return null;
            }
            return expected;
        };
    }

    /** An integer that must be exactly {@code expected}, such as a format version. */
    static ValueMapper<Integer> constant(int expected) {
        return (node, at, out) -> {
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() != expected) {
                out.add(at, AivwMessages.CONSTANT, expected, AivwMessages.found(node));
                return null;
            }
            return expected;
        };
    }

    /** The value, or null for a JSON null. A null result is ambiguous, so callers check {@code out} instead. */
    static <T> ValueMapper<T> nullable(ValueMapper<T> mapper) {
        return (node, at, out) -> node.isNull() ? null : mapper.map(node, at, out);
    }
}
