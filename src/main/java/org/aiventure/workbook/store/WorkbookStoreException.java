package org.aiventure.workbook.store;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.LocalizedProblem;

/**
 * Something the store cannot do with a database file: refused before anything was written (not ours, newer,
 * damaged) or failed while working. Like {@code DomainException} it carries a message key and its arguments
 * (the file path comes first) so each screen says it in its own language; {@link #getMessage()} is English.
 */
public class WorkbookStoreException extends RuntimeException implements LocalizedProblem {


    private static final Set<String> FIXABLE_BY_THE_PERSON = Set.of("store.error.notAFile", "store.error.notDatabase",
            "store.error.otherApplication", "store.error.newerVersion", "store.error.damaged",
            "store.error.unreadable", "store.error.noProject");

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

    /** A refused file is bad input; a read or write that failed is not the person's doing. */
    @Override
    public boolean isBadInput() {
        return FIXABLE_BY_THE_PERSON.contains(key);
    }

    @Override
    public String getMessage() {
        return message(Language.EN);
    }
}
