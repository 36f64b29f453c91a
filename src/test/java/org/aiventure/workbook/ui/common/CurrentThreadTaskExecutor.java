package org.aiventure.workbook.ui.common;

/** Runs background tasks at once on the calling thread, so view-model tests need no FX thread. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

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
    public <T> T askOnUiThread(java.util.concurrent.Callable<T> question) throws Exception {
        return question.call();
    }

    @Override
    public void shutdown() {
    }
}
