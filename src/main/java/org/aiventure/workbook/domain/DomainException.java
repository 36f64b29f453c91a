package org.aiventure.workbook.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A value that breaks a rule of the file format (a scale, a length, a reference). It carries a message key
 * and its arguments so that each screen can say it in its own language; {@link #getMessage()} is English.
 */
public final class DomainException extends IllegalArgumentException implements LocalizedProblem {

    private static final String BUNDLE = "org.aiventure.workbook.i18n.messages";

    private final String key;
    private final List<String> args;

    public DomainException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
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
