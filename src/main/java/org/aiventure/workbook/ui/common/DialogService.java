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

    /** A file to open, filtered to one kind of file; empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, String filterLabel, String... patterns);
}
