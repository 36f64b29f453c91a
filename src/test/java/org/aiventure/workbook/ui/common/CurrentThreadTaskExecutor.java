package org.aiventure.workbook.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs background tasks at once on the calling thread, so view-model tests need no FX thread. What other
 * threads hand to the UI thread (an open project's save notices) waits in a queue until {@link #settle}.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final Thread owner = Thread.currentThread();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().call();
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }

    @Override
    public <T> T askOnUiThread(Callable<T> question) throws Exception {
        return question.call();
    }

    /**
     * What the test's own thread (the UI thread here) hands over runs at once, like an assessment made on it;
     * what other threads hand over (an open project's save notices) waits for {@link #settle}.
     */
    @Override
    public Executor uiThread() {
        return work -> {
            if (Thread.currentThread() == owner) {
                work.run();
            } else {
                uiQueue.add(work);
            }
        };
    }

    /** Assessments run on the calling thread, so a view-model test sees an edit's findings at once. */
    @Override
    public Executor assessor() {
        return Runnable::run;
    }

    /** Runs what was handed to the UI thread, until nothing more arrives for a moment (saves land). */
    public void settle() {
        try {
            Runnable r;
            while ((r = uiQueue.poll(300, TimeUnit.MILLISECONDS)) != null) {
                r.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void shutdown() {
    }
}
