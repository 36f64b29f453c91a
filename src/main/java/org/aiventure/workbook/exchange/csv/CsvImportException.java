package org.aiventure.workbook.exchange.csv;

import java.io.IOException;
import java.util.List;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.LocalizedProblem;

/**
 * A risk register CSV that cannot be imported, with every problem found (the first {@value #SHOWN} of them, and
 * how many there were in all). As a {@link LocalizedProblem} it is the one-line summary a dialog puts above the
 * list of {@link #violations()}; {@link #getMessage()} is the whole report in English.
 */
public final class CsvImportException extends IOException implements LocalizedProblem {

    /** Enough to fix a file in one sitting; a file with more problems is most likely not a register at all. */
    public static final int SHOWN = 100;

    private final List<CsvViolation> violations;
    private final int total;

    CsvImportException(List<CsvViolation> violations, int total) {
        super(report(violations, total));
        this.violations = List.copyOf(violations);
        this.total = total;
    }

    /** The problems in file order, at most {@value #SHOWN}. */
    public List<CsvViolation> violations() {
        return violations;
    }

    /** How many problems the file has, counting those beyond the first {@value #SHOWN}. */
    public int total() {
        return total;
    }

    @Override
    public String key() {
        return total == 1 ? "csv.error.refused.one" : "csv.error.refused";
    }

    @Override
    public List<String> args() {
        return List.of(Integer.toString(total));
    }

    /** The line that counts the problems not listed, or null when all are listed. */
    public LocalizedProblem more() {
        return total == violations.size() ? null : new Hidden(total - violations.size());
    }

    private static String report(List<CsvViolation> violations, int total) {
        StringBuilder out = new StringBuilder();
        for (CsvViolation v : violations) {
            out.append(out.length() == 0 ? "" : "\n").append(v);
        }
        if (total > violations.size()) {
            out.append("\n").append(new Hidden(total - violations.size()).message(Language.EN));
        }
        return out.toString();
    }

    private record Hidden(int count) implements LocalizedProblem {
        @Override
        public String key() {
            return "csv.error.more";
        }

        @Override
        public List<String> args() {
            return List.of(Integer.toString(count));
        }
    }
}
