package org.aiventure.workbook.session;

/** What to do with a file whose project the workbook already holds (cancelling is not importing at all). */
public enum ImportChoice {
    /** The file replaces the project; the old version is first written out as a backup file. */
    REPLACE,
    /** The file comes in beside it under new ids, its name suffixed " (copy)". */
    COPY
}
