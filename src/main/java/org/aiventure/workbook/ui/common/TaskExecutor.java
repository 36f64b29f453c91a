package org.aiventure.workbook.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/** Runs {@link BackgroundTask}s: off the FX thread in the app, on the calling thread in view-model tests. */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /**
     * Runs {@code question} on the UI thread and waits for its answer: for background work that must ask the
     * person something halfway (an encrypted file's password). Never call it from the UI thread's own work.
     */
    <T> T askOnUiThread(Callable<T> question) throws Exception;

    /** Where results are delivered: the FX thread in the app, the calling thread in view-model tests. */
    Executor uiThread();

    /**
     * Where an open project's edits are assessed, one at a time and in order: a thread of its own in the app,
     * so a large register never holds up the FX thread; the calling thread in view-model tests.
     */
    Executor assessor();

    /** Waits for running tasks to finish (at shutdown), at most a few seconds. */
    void shutdown();
}
