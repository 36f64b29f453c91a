package org.aiventure.workbook.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.LocalizedProblem;
import org.aiventure.workbook.domain.Messages;

/**
 * The UI's language and its texts. Labels bind to {@link #text}, so switching the language relabels every
 * screen at once without rebuilding it.
 */
public final class I18n {

    private final ObjectProperty<Language> language;

    public I18n(Language initial) {
        this.language = new SimpleObjectProperty<>(this, "language", initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /** The text of a key in the current language, its {0}… placeholders filled with {@code args}. */
    public String get(String key, Object... args) {
        return Messages.format(language.get(), key, args);
    }

    /** A text that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    /**
     * What went wrong, for an error dialog: our own problems in the current language, anything else
     * (a bug, an I/O error we did not foresee) with its technical message.
     */
    public String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LocalizedProblem problem) {
                return problem.message(language.get());
            }
        }
        return get("error.unexpected", String.valueOf(error.getMessage()));
    }
}
