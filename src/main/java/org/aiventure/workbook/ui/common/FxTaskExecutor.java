package org.aiventure.workbook.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's executor: a small pool of daemon threads; results and errors come back on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final ExecutorService assessor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "assessor");
        t.setDaemon(true);
        return t;
    });

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        pool.execute(() -> {
            try {
                T result = task.work().call();
                Platform.runLater(() -> task.succeeded(result));
            } catch (Exception | Error e) {
                if (e instanceof CancellationException) {
                    // the founder stopped it: an outcome, not a failure
                    LOG.debug("Background task cancelled");
                } else {
                    LOG.warn("Background task failed", e);
                }
                Platform.runLater(() -> task.failed(e));
            }
        });
    }

    @Override
    public <T> T askOnUiThread(Callable<T> question) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return question.call();
        }
        FutureTask<T> answer = new FutureTask<>(question);
        Platform.runLater(answer);
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public Executor uiThread() {
        return Platform::runLater;
    }

    @Override
    public Executor assessor() {
        return assessor;
    }

    @Override
    public void shutdown() {
        // An assessment in flight is of no use once the window closes.
        assessor.shutdownNow();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
