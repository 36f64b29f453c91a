package org.aiventure.workbook.store;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something the store cannot do with a database file: refused before anything was written (not ours, newer,
 * damaged) or failed while working. Like {@code DomainException} it carries a message key and its arguments
 * (the file path comes first) so each screen says it in its own language; {@link #getMessage()} is English.
 */
public class WorkbookStoreException extends RuntimeException {

    private static final String BUNDLE = "org.aiventure.workbook.i18n.messages";

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

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }

    /** The message in the given locale, falling back to the key itself if the bundle lacks it. */
    public String localizedMessage(Locale locale) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return new MessageFormat(pattern, locale).format(args.toArray());
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
    }

    @Override
    public String getMessage() {
        return localizedMessage(Locale.ROOT);
    }
}
