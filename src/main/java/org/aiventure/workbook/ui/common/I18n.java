package org.aiventure.workbook.ui.common;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.aiventure.workbook.domain.LocalizedProblem;
import org.aiventure.workbook.domain.Language;

/**
 * The UI's texts in the current language. Labels bind to {@link #text}, so switching the language relabels
 * every screen at once without rebuilding it.
 */
public final class I18n {

    private static final String BUNDLE = "org.aiventure.workbook.i18n.messages";

    private final ObjectProperty<Language> language;
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public I18n(Language initial) {
        this.language = new SimpleObjectProperty<>(this, "language", initial);
        for (Language l : Language.values()) {
            // The English file is the base bundle; ROOT keeps the JVM's default locale out of the lookup.
            bundles.put(l, ResourceBundle.getBundle(BUNDLE, l == Language.EN ? java.util.Locale.ROOT : l.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /** The text of a key in the current language, its {0}… placeholders filled with {@code args}. */
    public String get(String key, Object... args) {
        return format(language.get(), key, args);
    }

    /** The text of a key in a given language. */
    public String format(Language lang, String key, Object... args) {
        String pattern;
        try {
            pattern = bundles.get(lang).getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the bundle test catches; show the key rather than fail the screen.
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    /** A text that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    /** A text computed from the current language, recomputed when it changes. */
    public StringBinding computed(Supplier<String> text) {
        return Bindings.createStringBinding(text::get, language);
    }

    /** A problem in the current language. */
    public String message(LocalizedProblem problem) {
        return get(problem.key(), problem.args().toArray());
    }

    /**
     * What went wrong, for an error dialog: our own problems in the current language, anything else
     * (a bug, an I/O error we did not foresee) with its technical message.
     */
    public String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LocalizedProblem problem) {
                return message(problem);
            }
        }
        return get("error.unexpected", String.valueOf(error.getMessage()));
    }
}
