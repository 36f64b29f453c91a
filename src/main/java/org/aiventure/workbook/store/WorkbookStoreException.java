package org.aiventure.workbook.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aiventure.workbook.domain.LocalizedProblem;

/**
 * Something the store cannot do with a database file: refused before anything was written (not ours, newer,
 * damaged) or failed while working. Like {@code DomainException} it carries a message key and its arguments
 * (the file path comes first) so each screen says it in its own language; {@link #getMessage()} is English.
 */
public class WorkbookStoreException extends RuntimeException implements LocalizedProblem {


    private final String key;
    private final List<String> args;

    public WorkbookStoreException(String key, Object... args) {
        this(null, key, args);
    }

    public WorkbookStoreException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public String getMessage() {
        return localizedMessage(Locale.ROOT);
    }
}
