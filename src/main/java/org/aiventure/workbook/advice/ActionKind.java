package org.aiventure.workbook.advice;

import java.util.List;

/**
 * What an action does, declared in the order that breaks ties between equal actions: the ones that only plan
 * come first, then those that record the founder's own words, then those that claim work done.
 */
public enum ActionKind {
    /** CATEGORY_UNCOVERED: a risk of the category from the guide's template, its controls PLANNED. */
    ADD_RISK(Confirmation.NONE),
    /** CONTROL_MISSING: the group's first control as a PLANNED mitigation of the category's worst risk. */
    ADD_CONTROL(Confirmation.NONE),
    /** CHALLENGE_NOT_IN_REGISTER: the challenge linked to the worst OPEN risk of its category. */
    LINK_CHALLENGE(Confirmation.NONE),
    /** ROLE_MISSING with no entry at all: the role added as HIRING. */
    HIRE_ROLE(Confirmation.NONE),
    /** ACCEPTANCE_INVALID: the founder's rationale for accepting the risk. */
    WRITE_ACCEPTANCE(Confirmation.TEXT),
    /** CANVAS_BLOCK_EMPTY: the founder's first note in the block, as a hypothesis. */
    FILL_BLOCK(Confirmation.TEXT),
    /** A PLANNED or IN_PROGRESS mitigation of an OPEN risk moved to IMPLEMENTED. */
    IMPLEMENT_MITIGATION(Confirmation.EVIDENCE),
    /** ROLE_MISSING: the role's best entry (or a new one) FILLED. */
    FILL_ROLE(Confirmation.EVIDENCE),
    /** PRACTICE_NOT_DONE: the practice marked done. */
    MARK_PRACTICE_DONE(Confirmation.EVIDENCE);

    private final Confirmation confirmation;

    ActionKind(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    /** What the founder must give before the action becomes an edit. */
    public Confirmation confirmation() {
        return confirmation;
    }

    /**
     * What the founder must fill in, all of it required: nothing for a plan, the text for words or evidence,
     * and for a filled role also who fills it.
     */
    public List<ClaimField> asks() {
        if (confirmation == Confirmation.NONE) {
            return List.of();
        }
        return this == FILL_ROLE ? List.of(ClaimField.PERSON, ClaimField.TEXT) : List.of(ClaimField.TEXT);
    }

    /** The key of the action's description in the message bundles. */
    public String messageKey() {
        return "advice.action." + name();
    }
}
