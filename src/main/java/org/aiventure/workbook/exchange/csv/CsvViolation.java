package org.aiventure.workbook.exchange.csv;

import java.util.ArrayList;
import java.util.List;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.LocalizedProblem;

/**
 * One thing wrong with a CSV file, where a founder finds it in a spreadsheet: {@code row} counts records as a
 * spreadsheet does (the header is row 1, a cell with line breaks is still one row) and {@code column} is the
 * header name, or the column letter when the header cell is empty. Row 0 means the file as a whole and a null
 * column the row as a whole. The message patterns start with the location themselves ({@link #args()} leads
 * with row and column), so that any screen that renders a {@link LocalizedProblem} shows it complete.
 */
public record CsvViolation(int row, String column, String key, List<String> details) implements LocalizedProblem {

    public CsvViolation {
        details = List.copyOf(details);
    }

    static CsvViolation inFile(String key, Object... details) {
        return new CsvViolation(0, null, key, strings(details));
    }

    static CsvViolation inRow(int row, String key, Object... details) {
        return new CsvViolation(row, null, key, strings(details));
    }

    static CsvViolation inCell(int row, String column, String key, Object... details) {
        return new CsvViolation(row, column, key, strings(details));
    }

    /** A found value as a message quotes it: long enough to recognise, short enough not to flood a dialog. */
    static String shorten(String value) {
        int max = 40;
        return value.codePointCount(0, value.length()) <= max
                ? value : value.substring(0, value.offsetByCodePoints(0, max)) + "…";
    }

    @Override
    public List<String> args() {
        List<String> args = new ArrayList<>();
        if (row > 0) {
            args.add(Integer.toString(row));
            if (column != null) {
                args.add(column);
            }
        }
        args.addAll(details);
        return args;
    }

    /** In English: {@code row 3, column likelihood: must be a whole number from 1 to 5; found "7"}. */
    @Override
    public String toString() {
        return message(Language.EN);
    }

    private static List<String> strings(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(String.valueOf(v));
        }
        return out;
    }
}
