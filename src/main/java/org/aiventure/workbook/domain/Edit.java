package org.aiventure.workbook.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A named, pure change from one project to the next: the one way an editor changes data. The label is a
 * message key with its arguments (for the Undo menu, in either language); undo restores the project the
 * edit started from, so no edit needs a hand-written revert.
 */
public record Edit(String labelKey, List<String> labelArgs, UnaryOperator<Project> change) {

    public Edit {
        Objects.requireNonNull(labelKey, "labelKey");
        labelArgs = List.copyOf(labelArgs);
        Objects.requireNonNull(change, "change");
    }

    public static Edit of(String labelKey, UnaryOperator<Project> change, String... labelArgs) {
        return new Edit(labelKey, List.of(labelArgs), change);
    }

    /** The next project; the change must not be given a null or return one. */
    public Project applyTo(Project before) {
        return Objects.requireNonNull(change.apply(Objects.requireNonNull(before, "project")),
                () -> "edit " + labelKey + " returned no project");
    }
}
