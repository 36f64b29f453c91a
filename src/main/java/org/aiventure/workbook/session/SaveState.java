package org.aiventure.workbook.session;

import java.time.Instant;
import org.aiventure.workbook.domain.LocalizedProblem;

/**
 * Where the autosave of an open project stands, for the status bar: everything saved (and when), a write
 * under way, or the last write failed (and why: the problem, in either language).
 */
public record SaveState(Kind kind, Instant savedAt, LocalizedProblem problem) {

    /** The three states the status bar shows. */
    public enum Kind { SAVED, SAVING, FAILED }

    static SaveState saved(Instant at) {
        return new SaveState(Kind.SAVED, at, null);
    }

    static SaveState saving(Instant lastSaved) {
        return new SaveState(Kind.SAVING, lastSaved, null);
    }

    static SaveState failed(Instant lastSaved, LocalizedProblem problem) {
        return new SaveState(Kind.FAILED, lastSaved, problem);
    }
}
