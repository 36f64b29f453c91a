package org.aiventure.workbook.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's message bundles ({@code i18n/messages*.properties}): one place that turns a key and its arguments
 * into text in either language, for the screens, the command line and the PDF alike.
 */
public final class Messages {

    private static final String BUNDLE = "org.aiventure.workbook.i18n.messages";
    // Each language's bundle is read when first asked for: an English session never reads the Chinese one.
    private static final Map<Language, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The text of {@code key} in {@code language}, its {0}… filled with {@code args}; the key if missing. */
    public static String format(Language language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the bundle test catches; show the key rather than fail the caller.
            return key;
        }
        // Every text is a MessageFormat pattern (a quote written ''), with or without arguments.
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    private static ResourceBundle bundle(Language language) {
        // English is the base file; ROOT and no fallback keep the JVM's default locale out of the lookup.
        return BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle(BUNDLE,
                l == Language.EN ? Locale.ROOT : l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** Whether the bundles hold {@code key}. */
    public static boolean has(String key) {
        return bundle(Language.EN).containsKey(key);
    }
}
