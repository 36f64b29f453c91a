package org.aiventure.workbook.report;

/**
 * What the writer reports while it works, and how it learns it should stop: the app shows a progress bar with
 * a Cancel button, the command line shows nothing.
 */
public interface BriefingProgress {

    /** Reports nothing and never cancels. */
    BriefingProgress NONE = new BriefingProgress() {
        @Override
        public void sectionStarted(int index, int count) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Section {@code index} (from 0) of {@code count} is being drawn. */
    void sectionStarted(int index, int count);

    /** Asked between sections and between table rows; once true, the writer throws {@link BriefingCancelledException}. */
    boolean cancelled();
}
