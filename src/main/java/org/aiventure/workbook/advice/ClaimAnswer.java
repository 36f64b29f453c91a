package org.aiventure.workbook.advice;

import org.aiventure.workbook.domain.Checks;

/**
 * The founder's answer to an action that needs one: the evidence or own words ({@code text}) and, for a filled
 * role, who fills it ({@code person}); a part the action does not ask for is ignored. Null parts read as blank.
 */
public record ClaimAnswer(String text, String person) {

    /** The answer of an action that only plans: nothing. */
    public static final ClaimAnswer NONE = new ClaimAnswer("", "");

    public ClaimAnswer {
        text = text == null ? "" : text;
        person = person == null ? "" : person;
    }

    /** An answer of words only, for every kind but a filled role. */
    public static ClaimAnswer of(String text) {
        return new ClaimAnswer(text, "");
    }

    public String get(ClaimField field) {
        return switch (field) {
            case PERSON -> person;
            case TEXT -> text;
        };
    }

    public boolean isBlank(ClaimField field) {
        return Checks.isBlank(get(field));
    }
}
