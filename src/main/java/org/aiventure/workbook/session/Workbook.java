package org.aiventure.workbook.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aiventure.workbook.domain.DomainException;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.knowledge.Control;
import org.aiventure.workbook.knowledge.GuideTemplate;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.store.WorkbookLocation;
import org.aiventure.workbook.store.WorkbookStore;

/**
 * One open workbook database and the operations on its list of projects, shared by the UI and the command
 * line. Every method may block on disk: call it from a background task, never from the FX thread.
 */
public final class Workbook implements AutoCloseable {

    private final WorkbookStore store;
    private final KnowledgeBase knowledge;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public Workbook(WorkbookStore store, KnowledgeBase knowledge, Clock clock, Supplier<UUID> ids) {
        this.store = store;
        this.knowledge = knowledge;
        this.clock = clock;
        this.ids = ids;
    }

    /** Opens (or creates) the database at {@code file}; refuses a file that is not a workbook. */
    public static Workbook open(Path file, KnowledgeBase knowledge) {
        return new Workbook(WorkbookStore.open(file), knowledge, Clock.systemUTC(), UUID::randomUUID);
    }

    /**
     * The database to open: {@code dbArg} (the {@code --db} option) if given, else the {@code AIVW_DB}
     * environment variable, else the platform's data folder.
     */
    public static Path location(String dbArg) {
        return WorkbookLocation.current(dbArg);
    }

    /**
     * The app's own folder in the platform's data folder (where the default workbook lives), whatever
     * {@code --db} or {@code AIVW_DB} say: for files that belong to the app, not to one workbook.
     */
    public static Path dataFolder() {
        return WorkbookLocation.currentDataFolder();
    }

    public Path file() {
        return store.file();
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public List<ProjectSummary> projects() {
        return store.list();
    }

    /**
     * The project a person named: its id, else its exact name. A name that several projects share is refused
     * with the list of them, so the person can choose by id.
     */
    public ProjectSummary find(String idOrName) {
        List<ProjectSummary> all = store.list();
        for (ProjectSummary p : all) {
            if (p.id().toString().equals(idOrName)) {
                return p;
            }
        }
        List<ProjectSummary> named = all.stream().filter(p -> p.name().equals(idOrName)).toList();
        if (named.isEmpty()) {
            throw new DomainException("session.error.projectNotFound", idOrName, store.file());
        }
        if (named.size() > 1) {
            throw new DomainException("session.error.projectAmbiguous", idOrName, named.stream()
                    .map(p -> p.id() + "  " + p.name()).collect(Collectors.joining("\n")));
        }
        return named.get(0);
    }

    /** Import and export of project files, and the backups imports make. */
    public ProjectTransfers transfers() {
        return new ProjectTransfers(store, knowledge.controls().stream().map(Control::key)
                .collect(Collectors.toUnmodifiableSet()), clock, ids);
    }

    /** The PDF briefing of a project, dated by the workbook's clock. */
    public Briefings briefings() {
        return new Briefings(knowledge, clock);
    }

    /**
     * Opens a project for editing; {@code uiThread} is where its listeners are told of changes (the FX
     * thread in the app), {@code assessor} where its edits are assessed, one at a time (a background thread in
     * the app). Close it to wait for its last write.
     */
    public OpenProject openProject(UUID id, Executor uiThread, Executor assessor) {
        return new OpenProject(store, knowledge, store.load(id), clock, uiThread, assessor);
    }

    public StoredProject load(UUID id) {
        return store.load(id);
    }

    /** A new empty project with knowledge.md's defaults. */
    public StoredProject createBlank(String name, Language language) {
        return store.create(Project.blank(ids.get(), name, language, clock.instant()));
    }

    /** A new project pre-filled from the guide (knowledge.md, "The seed template"). */
    public StoredProject createFromGuide(String name, Language language) {
        return store.create(GuideTemplate.build(knowledge, language, name, ids, clock.instant()));
    }


    public StoredProject duplicate(UUID id, String name) {
        return store.duplicate(id, name, ids);
    }

    /** Moves a project to the restorable deleted list. */
    public void delete(UUID id) {
        store.delete(id);
    }

    public List<ProjectSummary> deletedProjects() {
        return store.deleted();
    }

    public StoredProject restore(UUID id) {
        return store.restore(id);
    }

    @Override
    public void close() {
        store.close();
    }
}
