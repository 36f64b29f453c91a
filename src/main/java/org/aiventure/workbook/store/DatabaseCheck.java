package org.aiventure.workbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether an existing file may be opened for writing, without any chance of writing to it: the header
 * is read as plain bytes (random bytes never reach SQLite, which could otherwise "recover" or journal them),
 * then SQLite reads the application id and schema version on a read-only connection.
 */
final class DatabaseCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCheck.class);
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseCheck() {
    }

    /** Whether the file is absent or empty: a new database will be made there. */
    static boolean isNew(Path file) {
        try {
            return !Files.exists(file) || (Files.isRegularFile(file) && Files.size(file) == 0);
        } catch (IOException e) {
            throw new WorkbookStoreException(e, "store.error.unreadable", file, e.getMessage());
        }
    }

    /**
     * Refuses, with a {@link WorkbookStoreException} naming the file, anything but a workbook database whose
     * schema this build understands. A SQLite file with no tables and no application id is accepted: it is a
     * blank database a founder may have made to hold the workbook.
     */
    static void check(Path file, int latestVersion) {
        if (!Files.isRegularFile(file)) {
            throw new WorkbookStoreException("store.error.notAFile", file);
        }
        byte[] header = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) != header.length || !Arrays.equals(header, HEADER)) {
                throw new WorkbookStoreException("store.error.notDatabase", file);
            }
        } catch (IOException e) {
            throw new WorkbookStoreException(e, "store.error.unreadable", file, e.getMessage());
        }
        try (Connection c = Connections.readOnlyCheck(file)) {
            long applicationId = Connections.pragma(c, "application_id");
            long version = Connections.pragma(c, "user_version");
            boolean hasTables = hasTables(c);
            LOG.debug("{}: application_id {}, user_version {}, tables {}", file, applicationId, version, hasTables);
            if (applicationId != Schema.APPLICATION_ID && (applicationId != 0 || hasTables)) {
                throw new WorkbookStoreException("store.error.otherApplication", file);
            }
            if (version > latestVersion) {
                throw new WorkbookStoreException("store.error.newerVersion", file, version, latestVersion);
            }
        } catch (SQLException e) {
            // The header was right, so SQLite's complaint is damage (or a lock held far too long).
            LOG.warn("{} could not be read as a database", file, e);
            throw new WorkbookStoreException(e, "store.error.damaged", file, e.getMessage());
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
