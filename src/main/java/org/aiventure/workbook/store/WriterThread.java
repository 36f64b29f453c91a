package org.aiventure.workbook.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes, owning the one write connection: writes from any number of background tasks
 * are serialised here, so they never interleave within this process and each runs in its own transaction.
 * Transactions begin IMMEDIATE, taking the write lock up front: a deferred one that reads first could find,
 * when it tries to write, that another process wrote in between, and fail instead of waiting.
 */
final class WriterThread implements AutoCloseable {

    /** Work done inside one write transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(WriterThread.class);

    private final Path file;
    private final Connection connection;
    private final ExecutorService executor;

    WriterThread(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        // Not a daemon: a save already handed over is finished before the JVM may exit.
        this.executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "workbook-writer"));
    }

    /**
     * Runs {@code work} in one transaction on the writer thread and waits for it. An interrupt does not abandon
     * the wait: the write goes ahead regardless, and the caller must learn whether it was saved.
     */
    <T> T write(Work<T> work) {
        Future<T> future = executor.submit(() -> inTransaction(work));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            LOG.error("{}: a write failed", file, cause);
            throw new WorkbookStoreException(cause, "store.error.writeFailed", file, cause.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        Connections.execute(connection, "BEGIN IMMEDIATE");
        try {
            T result = work.run(connection);
            Connections.execute(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                Connections.execute(connection, "ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** Finishes the writes already handed over, then closes the connection on the writer thread. */
    @Override
    public void close() {
        Future<?> closing = executor.submit(() -> {
            connection.close();
            return null;
        });
        executor.shutdown();
        try {
            closing.get();
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            LOG.warn("{}: closing the write connection failed", file, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
