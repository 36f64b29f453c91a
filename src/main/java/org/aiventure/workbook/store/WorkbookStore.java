package org.aiventure.workbook.store;

import static org.aiventure.workbook.store.Columns.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectCopy;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.domain.StoredProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The founder's projects in one SQLite file. Writes run on one writer thread, each in one transaction, and
 * the calling background task waits for them; reads use a connection of their own so a long load never waits
 * behind a save of this store. Every project carries a revision that each write bumps, so a save based on an
 * older revision (another window saved meanwhile) is refused instead of silently undoing that window's work.
 * Methods block: call them from background tasks, never from the FX thread.
 */
public final class WorkbookStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookStore.class);

    private final Path file;
    private final Clock clock;
    private final WriterThread writer;
    private final Statements writeStatements;
    private final ProjectWriter inserts;
    private final ProjectDiffWriter diffs;
    /** Guarded by itself: one load or list at a time on it. */
    private final Connection reader;

    private WorkbookStore(Path file, Clock clock, Connection writeConnection, Connection reader) {
        this.file = file;
        this.clock = clock;
        this.writer = new WriterThread(file, writeConnection);
        this.writeStatements = new Statements(writeConnection);
        this.inserts = new ProjectWriter(writeStatements);
        this.diffs = new ProjectDiffWriter(writeStatements, inserts);
        this.reader = reader;
    }

    /**
     * Opens the workbook database at {@code file}, creating it (and its folders) if it is missing or empty. An
     * existing file is checked first without any chance of writing to it; one that is not a workbook database,
     * is damaged or comes from a newer version is refused with a {@link WorkbookStoreException} and left
     * byte-for-byte as it was. An older schema is backed up beside the file and then migrated.
     */
    public static WorkbookStore open(Path file) {
        return open(file, Schema.MIGRATIONS, Clock.systemUTC());
    }

    /** Opens with a given list of migrations, so a test can add a version this build does not have yet. */
    static WorkbookStore open(Path file, List<Migration> migrations, Clock clock) {
        Path absolute = file.toAbsolutePath();
        Migrator migrator = new Migrator(migrations, clock);
        if (DatabaseCheck.isNew(absolute)) {
            createFolders(absolute);
        } else {
            DatabaseCheck.check(absolute, migrator.latestVersion());
        }
        Connection writeConnection = null;
        try {
            writeConnection = Connections.writer(absolute);
            migrator.migrate(writeConnection, absolute);
            Connection reader = Connections.reader(absolute);
            LOG.info("Opened workbook database {}", absolute);
            return new WorkbookStore(absolute, clock, writeConnection, reader);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writeConnection, e);
            if (e instanceof WorkbookStoreException wse) {
                throw wse;
            }
            LOG.error("Could not open {}", absolute, e);
            throw new WorkbookStoreException(e, "store.error.openFailed", absolute, e.getMessage());
        }
    }

    /** The database file, as an absolute path. */
    public Path file() {
        return file;
    }

    /** The projects not in the trash, sorted by name ignoring case. */
    public List<ProjectSummary> list() {
        return read(r -> r.summaries(false));
    }

    /** The projects in the trash, sorted by name ignoring case; {@link #restore} brings one back. */
    public List<ProjectSummary> deleted() {
        return read(r -> r.summaries(true));
    }

    /** Stores a new project at revision 1; refused if a project with its id is already in the file. */
    public StoredProject create(Project project) {
        return write(c -> {
            if (exists(project.id())) {
                throw new WorkbookStoreException("store.error.projectExists", file, project.id());
            }
            inserts.insert(project, 1);
            return new StoredProject(project, 1);
        });
    }

    /** The project as last saved, with its revision; refused if there is none or it is in the trash. */
    public StoredProject load(UUID id) {
        return read(r -> found(id, r.read(id)));
    }

    /** The project with this id, whether in the list or in the trash; empty when the file has none. */
    public Optional<StoredProject> find(UUID id) {
        return Optional.ofNullable(read(r -> r.read(id, true)));
    }

    /**
     * Replaces a project by another version of it (an imported file), in one transaction: like {@link #save},
     * and a project in the trash comes back out of it.
     */
    public StoredProject replace(long baseRevision, Project before, Project after) {
        return write(c -> {
            writeStatements.update("UPDATE project SET deleted_at = NULL WHERE id = ? AND revision = ?"
                    + " AND deleted_at IS NOT NULL", text(after.id()), baseRevision);
            return diffs.save(file, baseRevision, before, after);
        });
    }

    /** Gives a project a new name (checked like any name) and stamps it updated now. */
    public StoredProject rename(UUID id, String name) {
        return write(c -> {
            StoredProject stored = found(id, new ProjectReader(c).read(id));
            Project renamed = stored.project().withName(name).withUpdatedAt(clock.instant());
            writeStatements.update("UPDATE project SET name = ?, updated_at = ?, revision = revision + 1 WHERE id = ?",
                    renamed.name(), text(renamed.updatedAt()), text(id));
            return new StoredProject(renamed, stored.revision() + 1);
        });
    }

    /** A copy of a project under {@code newName}: same content, fresh ids from {@code ids}, references remapped. */
    public StoredProject duplicate(UUID id, String newName, Supplier<UUID> ids) {
        return write(c -> {
            Project source = found(id, new ProjectReader(c).read(id)).project();
            Project copy = ProjectCopy.withNewIds(source, newName, ids);
            inserts.insert(copy, 1);
            return new StoredProject(copy, 1);
        });
    }

    /** Moves a project to the trash; it keeps all its data and {@link #restore} brings it back. */
    public void delete(UUID id) {
        write(c -> {
            int n = writeStatements.update("UPDATE project SET deleted_at = ?, revision = revision + 1"
                    + " WHERE id = ? AND deleted_at IS NULL", text(clock.instant()), text(id));
            if (n == 0) {
                throw new WorkbookStoreException("store.error.noProject", file, id);
            }
            return null;
        });
    }

    /** Brings a project back from the trash. */
    public StoredProject restore(UUID id) {
        return write(c -> {
            int n = writeStatements.update("UPDATE project SET deleted_at = NULL, revision = revision + 1"
                    + " WHERE id = ? AND deleted_at IS NOT NULL", text(id));
            if (n == 0) {
                throw new WorkbookStoreException("store.error.noProject", file, id);
            }
            return found(id, new ProjectReader(c).read(id));
        });
    }

    /**
     * Saves an edit: writes only what differs between {@code before} (the project as loaded or last saved at
     * {@code baseRevision}) and {@code after}, in one transaction. Refused with {@link StaleRevisionException},
     * writing nothing, when the stored revision is no longer {@code baseRevision}.
     */
    public StoredProject save(long baseRevision, Project before, Project after) {
        return write(c -> diffs.save(file, baseRevision, before, after));
    }

    /** Finishes pending writes and closes the file; the last connection to close checkpoints the WAL. */
    @Override
    public void close() {
        synchronized (reader) {
            closeQuietly(reader, null);
        }
        writer.write(c -> {
            writeStatements.close();
            return null;
        });
        writer.close();
        LOG.info("Closed workbook database {}", file);
    }

    private boolean exists(UUID id) throws SQLException {
        var ps = writeStatements.get("SELECT 1 FROM project WHERE id = ?");
        ps.setString(1, text(id));
        try (var rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private StoredProject found(UUID id, StoredProject stored) {
        if (stored == null) {
            throw new WorkbookStoreException("store.error.noProject", file, id);
        }
        return stored;
    }

    /** Runs a write on the writer thread; batched rows of a failed write are dropped with its transaction. */
    private <T> T write(WriterThread.Work<T> work) {
        return writer.write(c -> {
            try {
                return work.run(c);
            } catch (SQLException | RuntimeException e) {
                inserts.discard();
                throw e;
            }
        });
    }

    @FunctionalInterface
    private interface Read<T> {
        T run(ProjectReader reader) throws SQLException;
    }

    /** Runs a read in one read transaction, so all its queries see the same committed state. */
    private <T> T read(Read<T> work) {
        synchronized (reader) {
            try {
                Connections.execute(reader, "BEGIN");
                try {
                    return work.run(new ProjectReader(reader));
                } finally {
                    Connections.execute(reader, "COMMIT");
                }
            } catch (SQLException e) {
                LOG.error("Reading {} failed", file, e);
                throw new WorkbookStoreException(e, "store.error.readFailed", file, e.getMessage());
            }
        }
    }

    private static void createFolders(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new WorkbookStoreException(e, "store.error.openFailed", file, e.getMessage());
        }
    }

    private static void closeQuietly(Connection c, Exception cause) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            } else {
                LOG.warn("Closing a connection failed", e);
            }
        }
    }
}
