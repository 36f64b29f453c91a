package org.aiventure.workbook.advice;

/** What an action needs from the founder before it is applied, so that the score stays honest. */
public enum Confirmation {
    /** Nothing: the action only plans, and applies in one click as an undoable edit. */
    NONE,
    /** Words only the founder can write (an acceptance rationale, a canvas note); required. */
    TEXT,
    /** Evidence that work was done in the real world (what, who, where to see it); required. */
    EVIDENCE
}
