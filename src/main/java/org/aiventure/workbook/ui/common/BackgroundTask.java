package org.aiventure.workbook.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Slow work (disk, JSON, PDF, crypto) described once and handed to a {@link TaskExecutor}: the callable runs
 * off the FX thread, the callbacks on it. Fluent like JabRef's BackgroundTask, so a view model reads as a
 * sentence: {@code BackgroundTask.of(() -> store.list()).onSuccess(projects::setAll).onFailure(...)}.
 */
public final class BackgroundTask<T> {

    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> of(ThrowingRunnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = callback;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = callback;
        return this;
    }

    /** Runs after success or failure, e.g. to clear a busy indicator. */
    public BackgroundTask<T> onFinished(Runnable callback) {
        this.onFinished = callback;
        return this;
    }

    Callable<T> work() {
        return work;
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    /** A runnable that may throw, for work without a result. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
