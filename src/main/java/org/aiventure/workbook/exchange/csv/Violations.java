package org.aiventure.workbook.exchange.csv;

import java.util.ArrayList;
import java.util.List;

/** The problems found so far: the first {@link CsvImportException#SHOWN} kept, all of them counted. */
final class Violations {

    private final List<CsvViolation> shown = new ArrayList<>();
    private int total;

    void add(CsvViolation v) {
        total++;
        if (shown.size() < CsvImportException.SHOWN) {
            shown.add(v);
        }
    }

    int total() {
        return total;
    }

    void throwIfAny() throws CsvImportException {
        if (total > 0) {
            throw new CsvImportException(shown, total);
        }
    }

    /** Stops reading at once: for a problem after which nothing in the file can be read reliably. */
    CsvImportException fatal(CsvViolation v) {
        add(v);
        return new CsvImportException(shown, total);
    }
}
