package org.aiventure.workbook.exchange.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reading a key or a small whole number that a founder typed into a cell. */
final class Choice {

    /** Up to nine digits: any scale of the register fits, and no value overflows an int. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private Choice() {
    }

    /** The constant named by a trimmed cell in any case ({@code in_progress}), or null. */
    static <E extends Enum<E>> E of(Class<E> type, String cell) {
        String wanted = cell.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        return null;
    }

    /** The keys of an enum as a message lists them. */
    static <E extends Enum<E>> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A whole number from {@code min} to {@code max} (both ≥ 0), or -1 for anything else. */
    static int integer(String cell, int min, int max) {
        String digits = cell.strip();
        if (!DIGITS.matcher(digits).matches()) {
            return -1;
        }
        int value = Integer.parseInt(digits);
        return value < min || value > max ? -1 : value;
    }
}
