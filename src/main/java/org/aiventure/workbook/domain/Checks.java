package org.aiventure.workbook.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/** The rules every value of a project obeys where it is built (file-format.md's conventions). */
public final class Checks {

    private Checks() {
    }

    /** Length in Unicode code points, the unit of every limit in the file format. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Whether a code point is Unicode White_Space (the set listed in scoring.md). */
    public static boolean isWhiteSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000;
    }

    /** Empty or made only of White_Space. */
    public static boolean isBlank(String s) {
        return s.codePoints().allMatch(Checks::isWhiteSpace);
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new DomainException("domain.error.required", field);
        }
        return value;
    }

    /** A text of {@code min}..{@code max} code points. */
    public static String text(String field, String value, int min, int max) {
        present(field, value);
        int n = length(value);
        if (n < min || n > max) {
            throw min == 0
                    ? new DomainException("domain.error.tooLong", field, max, n)
                    : new DomainException("domain.error.length", field, min, max, n);
        }
        return value;
    }

    /** A text of 1..{@code max} code points with at least one character that is not White_Space. */
    public static String nonBlank(String field, String value, int max) {
        text(field, value, 1, max);
        if (isBlank(value)) {
            throw new DomainException("domain.error.blank", field);
        }
        return value;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new DomainException("domain.error.range", field, min, max, value);
        }
        return value;
    }

    /** An immutable copy of a list whose elements are present and unique. */
    public static <T> List<T> uniqueList(String field, Collection<T> values) {
        present(field, values);
        List<T> copy = List.copyOf(values);
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new DomainException("domain.error.duplicate", field,
                    copy.stream().filter(v -> copy.indexOf(v) != copy.lastIndexOf(v)).findFirst().orElseThrow());
        }
        return copy;
    }

    public static <T> List<T> list(String field, Collection<T> values) {
        present(field, values);
        return List.copyOf(values);
    }
}
