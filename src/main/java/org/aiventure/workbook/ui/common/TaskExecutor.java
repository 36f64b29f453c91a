package org.aiventure.workbook.ui.common;

/** Runs {@link BackgroundTask}s: off the FX thread in the app, on the calling thread in view-model tests. */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** Waits for running tasks to finish (at shutdown), at most a few seconds. */
    void shutdown();
}
