package org.aiventure.workbook.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * How the store opens SQLite. The file is named by a {@code file:} URI so that spaces, '?' or '#' in a
 * founder's folder names reach SQLite as a path and not as connection options. sqlite-jdbc's native library
 * goes wherever {@code org.sqlite.tmpdir} says (the app sets it); nothing here overrides that.
 */
final class Connections {

    static final int BUSY_TIMEOUT_MS = 5000;

    private Connections() {
    }

    /**
     * A connection that cannot write or create anything: used to check a file before trusting it. With no WAL
     * file beside it, the database is opened {@code immutable}, so SQLite does not even create a {@code -shm}
     * or {@code -wal} next to a file that may not be ours; with one, it is read through the WAL like any
     * reader, since the WAL may hold the latest schema version.
     */
    static Connection readOnlyCheck(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        boolean walBeside = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        return config.createConnection(url(file) + (walBeside ? "" : "?immutable=1"));
    }

    /**
     * The one write connection. Synchronous FULL: in WAL mode it syncs the WAL at every commit, so an edit
     * reported saved survives a power cut too, not only a crash of the app. NORMAL would only protect against
     * the latter. StoreBench on this project's 2-core machine (on disk): persist one edit of a 10,000-risk
     * project, median 0.9 ms with FULL (p90 1.8 ms) against 0.34 ms with NORMAL; FULL is within the 2 ms
     * budget, so durability wins. Revisit if the median on a founder's disk goes above 2 ms.
     */
    static Connection writer(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection(url(file));
    }

    /** A connection for loads and lists; read-only so a bug in a reader can never write. */
    static Connection reader(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection(url(file));
    }

    /** Runs one statement whose result does not matter (BEGIN, COMMIT, VACUUM INTO, a PRAGMA that sets). */
    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** The integer a PRAGMA returns, such as {@code user_version}. */
    static long pragma(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString();
    }
}
