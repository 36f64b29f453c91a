package org.aiventure.workbook.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every question the app asks the founder goes through here, so view models are tested without a screen
 * (a test supplies the answers). Texts passed in are already in the current language.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String message, String confirmLabel);

    /** A one-line text, pre-filled with {@code initial}; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** One of {@code options}, each shown by {@code label}; empty when cancelled. */
    <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label);

    /**
     * A password, typed once to open a file or twice (and compared) for a new encrypted file; empty when
     * cancelled. The caller wipes the array after use.
     */
    Optional<char[]> askPassword(String title, String prompt, boolean confirmTwice);

    /**
     * A decision between a few answers shown as buttons, with {@code details} (may be empty) shown below
     * the message; empty when the dialog is closed without an answer.
     */
    <T> Optional<T> decide(String title, String message, String details, List<T> answers,
                           Function<T, String> label);

    /** Where to save a new file, suggesting {@code initialName}; empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, String initialName, String filterLabel, String... patterns);

    /** A file to open, filtered to one kind of file; empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, String filterLabel, String... patterns);
}
