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

    @Override
    public Executor uiThread() {
        return uiQueue::add;
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
