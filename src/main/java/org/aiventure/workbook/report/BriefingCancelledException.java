package org.aiventure.workbook.report;

/** The founder cancelled the briefing; nothing was written. */
public final class BriefingCancelledException extends RuntimeException {

    public BriefingCancelledException() {
        super("The briefing was cancelled");
    }
}
