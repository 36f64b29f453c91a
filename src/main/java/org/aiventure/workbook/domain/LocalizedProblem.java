package org.aiventure.workbook.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A problem the founder should read in their language: a message key of the i18n bundles and its
 * arguments. Exceptions of every layer implement it so each screen can render any of them the same way.
 */
public interface LocalizedProblem {

    /** The base name of the app's message bundles. */
    String BUNDLE = "org.aiventure.workbook.i18n.messages";

    String key();

    List<String> args();

    /** The message in the given locale ({@link Locale#ROOT} is English), or the key if the bundle lacks it. */
    default String localizedMessage(Locale locale) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key());
            return new MessageFormat(pattern, locale).format(args().toArray());
        } catch (MissingResourceException e) {
            return key() + " " + args();
        }
    }
}
