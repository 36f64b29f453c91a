package org.aiventure.workbook.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.TaskExecutor;

/**
 * A project opened for editing into a window's model, as the app opens one, for view-model tests: a workbook in
 * {@code dir}, the project made blank or from the guide, or imported from an example file, edits assessed and reported
 * where {@code tasks} says. {@link #close} shows no project, waits for the last write and closes the workbook.
 */
public final class OpenedProject implements AutoCloseable {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private final Workbook workbook;
    private final OpenProject open;
    private final ProjectModel model;

    private OpenedProject(Workbook workbook, StoredProject stored, ProjectModel model, TaskExecutor tasks) {
        this.workbook = workbook;
        this.open = workbook.openProject(stored.project().id(), tasks.uiThread(), tasks.assessor());
        this.model = model;
        model.setOpen(open, workbook.knowledge());
    }

    /** "MedTriage", new from the guide (knowledge.md's seed template), in English. */
    public static OpenedProject fromGuide(Path dir, ProjectModel model, TaskExecutor tasks) {
        Workbook workbook = Workbook.open(dir.resolve("w.db"), KNOWLEDGE);
        return new OpenedProject(workbook, workbook.createFromGuide("MedTriage", Language.EN), model, tasks);
    }

    /** "MedTriage", a new blank project with knowledge.md's defaults, in English. */
    public static OpenedProject blank(Path dir, ProjectModel model, TaskExecutor tasks) {
        Workbook workbook = Workbook.open(dir.resolve("w.db"), KNOWLEDGE);
        return new OpenedProject(workbook, workbook.createBlank("MedTriage", Language.EN), model, tasks);
    }

    /** One of the {@link Examples}, imported as File ▸ Import does. */
    public static OpenedProject fromExample(Path dir, String example, ProjectModel model, TaskExecutor tasks)
            throws IOException {
        Workbook workbook = Workbook.open(dir.resolve("w.db"), KNOWLEDGE);
        return new OpenedProject(workbook, Examples.importInto(workbook, dir, example), model, tasks);
    }

    public Workbook workbook() {
        return workbook;
    }

    public OpenProject open() {
        return open;
    }

    public UUID id() {
        return open.project().id();
    }

    public KnowledgeBase knowledge() {
        return workbook.knowledge();
    }

    @Override
    public void close() {
        model.setOpen(null, workbook.knowledge());
        open.close();
        workbook.close();
    }
}
