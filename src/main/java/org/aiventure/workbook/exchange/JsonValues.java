package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.aiventure.workbook.domain.DomainException;

/** The value types of file-format.md as {@link ValueMapper}s, each failing with the pointer of the value. */
final class JsonValues {

    // The patterns of aivw.schema.json; java.time alone would accept upper-case UUIDs, "+" years and offsets.
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT_FORM =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private JsonValues() {
    }

    static String string(JsonNode node, Pointer at) throws AivwFormatException {
        if (!node.isTextual()) {
            throw wrong(at, AivwMessages.aString(), node);
        }
        return node.textValue();
    }

    static boolean bool(JsonNode node, Pointer at) throws AivwFormatException {
        if (!node.isBoolean()) {
            throw wrong(at, AivwMessages.aBoolean(), node);
        }
        return node.booleanValue();
    }

    /** A JSON integer literal in a range: {@code 3.0} and {@code "3"} are not integers here. */
    static ValueMapper<Integer> integer(int min, int max) {
        return (node, at) -> {
            if (!node.isIntegralNumber() || !node.canConvertToInt()
                    || node.intValue() < min || node.intValue() > max) {
                throw wrong(at, AivwMessages.anInteger(min, max), node);
            }
            return node.intValue();
        };
    }

    /** A score of 0-100, keeping the scale it was written with ({@code 48.0} stays {@code 48.0}). */
    static BigDecimal score(JsonNode node, Pointer at) throws AivwFormatException {
        if (!node.isNumber() || node.decimalValue().signum() < 0 || node.decimalValue().compareTo(MAX_SCORE) > 0) {
            throw wrong(at, AivwMessages.aNumber(0, 100), node);
        }
        return node.decimalValue();
    }

    static UUID uuid(JsonNode node, Pointer at) throws AivwFormatException {
        if (!node.isTextual() || !UUID_FORM.matcher(node.textValue()).matches()) {
            throw wrong(at, AivwMessages.aUuid(), node);
        }
        return UUID.fromString(node.textValue());
    }

    static LocalDate date(JsonNode node, Pointer at) throws AivwFormatException {
        if (node.isTextual() && DATE_FORM.matcher(node.textValue()).matches()) {
            try {
                return LocalDate.parse(node.textValue());
            } catch (DateTimeParseException e) {
                // 2027-02-30 has the form of a date but is none; reported below like any other non-date
            }
        }
        throw wrong(at, AivwMessages.aDate(), node);
    }

    static Instant instant(JsonNode node, Pointer at) throws AivwFormatException {
        if (node.isTextual() && INSTANT_FORM.matcher(node.textValue()).matches()) {
            try {
                return Instant.parse(node.textValue());
            } catch (DateTimeParseException e) {
                // month 13 and the like: reported below like any other non-instant
            }
        }
        throw wrong(at, AivwMessages.anInstant(), node);
    }

    /** A constant of an enum written by its name. */
    static <E extends Enum<E>> ValueMapper<E> oneOf(Class<E> type) {
        E[] constants = type.getEnumConstants();
        List<String> names = Arrays.stream(constants).map(Enum::name).toList();
        return (node, at) -> {
            if (node.isTextual()) {
                for (E c : constants) {
                    if (c.name().equals(node.textValue())) {
                        return c;
                    }
                }
            }
            throw wrong(at, AivwMessages.oneOf(names), node);
        };
    }

    /**
     * A key parsed by one of the domain's own parsers ({@code Language.ofTag} and the like), which throw
     * {@link DomainException} for anything they do not know.
     */
    static <T> ValueMapper<T> key(Function<String, T> parser, List<String> keys) {
        return (node, at) -> {
            if (node.isTextual()) {
                try {
                    return parser.apply(node.textValue());
                } catch (DomainException e) {
                    // not one of the keys: reported below with the list of those that are
                }
            }
            throw wrong(at, AivwMessages.oneOf(keys), node);
        };
    }

    /** The value, or null for a JSON null. */
    static <T> ValueMapper<T> nullable(ValueMapper<T> mapper) {
        return (node, at) -> node.isNull() ? null : mapper.map(node, at);
    }

    /** Builds a domain value, reporting a rule it breaks at the pointer of the JSON value it comes from. */
    static <T> T build(Pointer at, Supplier<T> constructor) throws AivwFormatException {
        try {
            return constructor.get();
        } catch (DomainException e) {
            throw new AivwFormatException(at.toString(), AivwMessages.brokenRule(e), e);
        }
    }

    static AivwFormatException wrong(Pointer at, String what, JsonNode found) {
        return new AivwFormatException(at.toString(), AivwMessages.expected(what, found));
    }
}
