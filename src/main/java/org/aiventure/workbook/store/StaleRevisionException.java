package org.aiventure.workbook.store;

/**
 * A save based on a revision that is no longer the stored one: the project was changed elsewhere (another
 * window or another running copy of the app) since it was loaded. Nothing of the refused save was written;
 * the caller reloads the project instead of overwriting the other change.
 */
public final class StaleRevisionException extends WorkbookStoreException {

    private final long baseRevision;
    private final long storedRevision;

    StaleRevisionException(String file, String projectName, long baseRevision, long storedRevision) {
        super("store.error.staleRevision", file, projectName, baseRevision, storedRevision);
        this.baseRevision = baseRevision;
        this.storedRevision = storedRevision;
    }

    /** The revision the refused save was based on. */
    public long baseRevision() {
        return baseRevision;
    }

    /** The revision in the database when the save was refused. */
    public long storedRevision() {
        return storedRevision;
    }
}
