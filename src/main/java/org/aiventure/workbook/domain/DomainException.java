package org.aiventure.workbook.domain;

import java.util.List;

/**
 * A value the person gave that breaks a rule: of the file format (a scale, a length, a reference) or of an
 * operation (a project name that matches nothing). It carries a message key
 * and its arguments so that each screen can say it in its own language; {@link #getMessage()} is English.
 */
public final class DomainException extends IllegalArgumentException implements LocalizedProblem {


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

    /** The message with the field it names (its first argument, e.g. "risk title") in that language too. */
    @Override
    public String message(Language language) {
        Object[] shown = args.toArray();
        if (shown.length > 0) {
            String field = "field." + args.get(0).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            if (Messages.has(field)) {
                shown[0] = Messages.format(language, field);
            }
        }
        return Messages.format(language, key, shown);
    }

    @Override
    public String getMessage() {
        return message(Language.EN);
    }
}
