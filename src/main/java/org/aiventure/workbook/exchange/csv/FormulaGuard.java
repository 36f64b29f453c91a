package org.aiventure.workbook.exchange.csv;

/**
 * Keeps spreadsheets from running a cell as a formula. Excel evaluates a CSV cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (a description that starts "- first point" shows #NAME? and is saved back
 * as that; a shared file could carry a formula that fetches a URL). The writer puts an apostrophe before such
 * a cell, and before a cell that already starts with one, so that the reader can drop exactly one leading
 * apostrophe from every cell and get back the text as it was.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    static String guard(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '\'';
        return risky ? "'" + cell : cell;
    }

    static String unguard(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
