package org.aiventure.workbook.ui.advice;

import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.ClaimAnswer;
import org.aiventure.workbook.advice.ClaimField;

/**
 * What the claim editor shows for one action, every text already in the current language: the change as it
 * will be recorded ({@code facts}, read-only, such as "State: Planned → Implemented"), the readiness it is
 * worth, and the fields the founder fills in, pre-filled where the project already knows the answer. Built
 * by {@link ClaimForms}; kept free of JavaFX so view models are tested without a screen.
 *
 * @param intro     why the founder is asked (a claim of work done, or words only they can write)
 * @param readiness "Readiness 60.4 → 62.5 once this is recorded."
 */
public record ClaimForm(Action action, String title, String heading, String intro, String readiness,
                        List<Fact> facts, List<Field> fields) {

    /** One line of the change as it will be recorded. */
    public record Fact(String label, String value) {
    }

    /** One thing to fill in: its label, its pre-filled value, a hint under it and the most it may hold. */
    public record Field(ClaimField which, String label, String initial, String help, int limit) {
    }

    public ClaimForm {
        Objects.requireNonNull(action, "action");
        facts = List.copyOf(facts);
        fields = List.copyOf(fields);
    }

    /** What confirming the editor untouched would record. */
    public ClaimAnswer initialAnswer() {
        return new ClaimAnswer(initial(ClaimField.TEXT), initial(ClaimField.PERSON));
    }

    /** The labels of the fields {@code answer} leaves blank, in the order they are shown. */
    public List<String> missing(ClaimAnswer answer) {
        List<ClaimField> blank = action.missing(answer);
        return fields.stream().filter(f -> blank.contains(f.which())).map(Field::label).toList();
    }

    private String initial(ClaimField which) {
        return fields.stream().filter(f -> f.which() == which).map(Field::initial).findFirst().orElse("");
    }
}
