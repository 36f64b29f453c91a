package org.aiventure.workbook.advice;

/** A part of the founder's answer to an action that needs one; every part an action asks for is required. */
public enum ClaimField {
    /** Who fills a role: a filled role names someone, or the team grid would count nobody as somebody. */
    PERSON,
    /** The evidence of work done, or the founder's own words (a rationale, a note). */
    TEXT
}
