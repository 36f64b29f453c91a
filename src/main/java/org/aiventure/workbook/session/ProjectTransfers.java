package org.aiventure.workbook.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Limits;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectCopy;
import org.aiventure.workbook.domain.ProjectDiff;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.exchange.AivwFormatException;
import org.aiventure.workbook.exchange.ProjectFiles;
import org.aiventure.workbook.exchange.csv.CsvImportContext;
import org.aiventure.workbook.exchange.csv.OwnerNames;
import org.aiventure.workbook.exchange.csv.RiskCsvReader;
import org.aiventure.workbook.exchange.csv.RiskCsvWriter;
import org.aiventure.workbook.store.WorkbookStore;

/**
 * Projects in and out of the workbook as {@code .aivw} files, as whole operations: a file is read and checked
 * completely before anything is written; an import is one transaction; a replaced project is first written
 * out as a backup; an export is written atomically, so no reader ever sees half a file.
 */
public final class ProjectTransfers {

    /** The suffix file-format.md gives a project imported as a copy. */
    static final String COPY_SUFFIX = " (copy)";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final WorkbookStore store;
    private final Set<String> knownControls;
    private final Clock clock;
    private final Supplier<UUID> ids;

    ProjectTransfers(WorkbookStore store, Set<String> knownControls, Clock clock, Supplier<UUID> ids) {
        this.store = store;
        this.knownControls = Set.copyOf(knownControls);
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Writes a project to {@code target} as a canonical file: plain, or encrypted when a password is given
     * (the array is wiped once the key is derived).
     */
    public void export(UUID projectId, Path target, char[] password) throws IOException {
        Project project = store.load(projectId).project();
        ProjectFiles files = new ProjectFiles();
        AtomicFiles.write(target, out -> {
            if (password == null) {
                files.write(project, clock.instant(), AppVersion.nameAndVersion(), out);
            } else {
                files.writeEncrypted(project, clock.instant(), AppVersion.nameAndVersion(), password, out);
            }
        });
    }

    /**
     * Reads and checks a project file whole, plain or encrypted; throws the file's problems, all of them.
     * {@code password} is asked only for an encrypted file.
     */
    public static Project read(Path source, PasswordPrompt password) throws IOException {
        return new ProjectFiles().read(source, password::ask).project();
    }

    /**
     * Every problem of a project file, one sentence each ({@code pointer: sentence}) in {@code language}, the
     * last line counting those past the first hundred; empty when the file is valid.
     */
    public static List<String> problems(Path source, PasswordPrompt password, Language language) throws IOException {
        try {
            read(source, password);
            return List.of();
        } catch (AivwFormatException e) {
            List<String> lines = new ArrayList<>(e.violations().stream().map(v -> v.message(language)).toList());
            if (e.total() > e.violations().size()) {
                lines.add(Messages.format(language, "aivw.error.more", e.total() - e.violations().size()));
            }
            return lines;
        }
    }

    /** Reads and checks a file; writes nothing. */
    public ImportPlan plan(Path source, PasswordPrompt password) throws IOException {
        Project incoming = read(source, password);
        return store.find(incoming.id())
                .map(existing -> new ImportPlan(incoming, existing,
                        ProjectDiff.between(existing.project(), incoming)))
                .orElseGet(() -> new ImportPlan(incoming, null, null));
    }

    /** Writes a planned import; {@code choice} matters only when the plan conflicts. */
    public StoredProject apply(ImportPlan plan, ImportChoice choice) throws IOException {
        Project incoming = plan.incoming();
        if (!plan.conflicts()) {
            return store.create(incoming);
        }
        if (choice == ImportChoice.COPY) {
            return store.create(ProjectCopy.withNewIds(incoming, copyName(incoming.name()), ids));
        }
        backup(plan.existing().project());
        return store.replace(plan.existing().revision(), plan.existing().project(), incoming);
    }

    /** Writes a project's risk register as a spreadsheet (CSV, UTF-8 with a BOM so Excel reads Chinese). */
    public void exportRisks(UUID projectId, Path target) throws IOException {
        Project project = store.load(projectId).project();
        AtomicFiles.write(target, out -> RiskCsvWriter.write(project.risks(), OwnerNames.of(project.team()), out));
    }

    /**
     * The risks of a spreadsheet, checked whole against {@code target} (codes, owners, controls) and ready to
     * add to it: nothing is returned unless every row is valid. Adding them is an edit of the open project, so
     * it can be undone like any other.
     */
    public List<Risk> readRisks(Project target, Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return RiskCsvReader.read(in, CsvImportContext.into(target, knownControls, ids));
        }
    }

    /**
     * The backups there are to restore, newest first: projects that imports replaced, and copies of the
     * workbook database made before a format upgrade (the store names them {@code <file>.backup-v<n>-…db}).
     */
    public List<Backup> backups() throws IOException {
        List<Backup> found = new ArrayList<>();
        Path dir = backupFolder();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.aivw")) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    try {
                        LocalDateTime when = LocalDateTime.parse(name.substring(0, 15), STAMP);
                        found.add(new Backup(Backup.Kind.PROJECT, f,
                                name.substring(16, name.length() - ".aivw".length()), when.toInstant(ZoneOffset.UTC)));
                    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                        // Not one of ours (someone put a file there): not offered for restoring.
                    }
                }
            }
        }
        Path db = store.file().toAbsolutePath();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(db.getParent(), db.getFileName() + ".backup-v*.db")) {
            for (Path f : files) {
                found.add(new Backup(Backup.Kind.WORKBOOK, f, "", Files.getLastModifiedTime(f).toInstant()));
            }
        }
        found.sort(Comparator.comparing(Backup::takenAt).reversed());
        return found;
    }

    /** Where backups go: a folder beside the workbook file, so they travel with it. */
    private Path backupFolder() {
        return store.file().toAbsolutePath().getParent().resolve("backups");
    }

    private void backup(Project project) throws IOException {
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Path target = backupFolder().resolve(stamp + "-" + safeFileName(project.name()) + ".aivw");
        AtomicFiles.write(target, out -> new ProjectFiles().write(project, clock.instant(),
                AppVersion.nameAndVersion(), out));
    }

    /** The name with " (copy)" added, shortened first if the two together would pass the name limit. */
    static String copyName(String name) {
        int room = Limits.NAME - Checks.length(COPY_SUFFIX);
        String base = Checks.length(name) <= room ? name : name.substring(0, name.offsetByCodePoints(0, room));
        return base + COPY_SUFFIX;
    }

    /** A project name as part of a file name: characters no file system accepts become "_". */
    public static String safeFileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.isEmpty() ? "project" : safe;
    }
}
