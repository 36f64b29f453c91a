package org.aiventure.workbook.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A dialog service for view-model tests: answers come from a script, and what was shown is recorded. */
public final class ScriptedDialogs implements DialogService {

    private final Deque<Object> answers = new LinkedList<>(); // holds null: "cancelled"
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> decisions = new ArrayList<>();

    /**
     * The next question's answer: a String for askText and askPassword, a Boolean for confirm, an index for
     * choose and decide, a Path for the file choosers; null for "cancelled".
     */
    public ScriptedDialogs answer(Object answer) {
        answers.add(answer);
        return this;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return (Boolean) answers.remove();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable((String) answers.remove());
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
        Integer index = (Integer) answers.remove();
        return index == null ? Optional.empty() : Optional.of(options.get(index));
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt, boolean confirmTwice) {
        String answer = (String) answers.remove();
        return Optional.ofNullable(answer).map(String::toCharArray);
    }

    @Override
    public <T> Optional<T> decide(String title, String message, String details, List<T> options,
                                  Function<T, String> label) {
        decisions.add(message + (details.isEmpty() ? "" : "\n" + details));
        Integer index = (Integer) answers.remove();
        return index == null ? Optional.empty() : Optional.of(options.get(index));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String filterLabel,
                                           String... patterns) {
        return Optional.ofNullable((Path) answers.remove());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterLabel, String... patterns) {
        return Optional.ofNullable((Path) answers.remove());
    }
}
