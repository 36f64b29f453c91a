package org.aiventure.workbook.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.ui.common.ProjectModel;

/**
 * A project opened for editing into a window's model, as the app opens one, for view-model and screen tests: a
 * workbook in {@code dir}, the project made blank or from the guide, or imported from an example file; its
 * changes told on {@code uiThread} and its edits assessed on {@code assessor}. {@link #close} (on the FX thread
 * when a screen shows the model) shows no project, waits for the last write and closes the workbook.
 */
public final class OpenedProject implements AutoCloseable {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private final Workbook workbook;
    private final OpenProject open;
    private final ProjectModel model;

    private OpenedProject(Workbook workbook, StoredProject stored, ProjectModel model, Executor uiThread,
                          Executor assessor) {
        this.workbook = workbook;
        this.open = workbook.openProject(stored.project().id(), uiThread, assessor);
        this.model = model;
        model.setOpen(open, workbook.knowledge());
    }

    /** "MedTriage", new from the guide (knowledge.md's seed template), in English. */
    public static OpenedProject fromGuide(Path dir, ProjectModel model, Executor uiThread, Executor assessor) {
        Workbook workbook = Workbook.open(dir.resolve("w.db"), KNOWLEDGE);
        return new OpenedProject(workbook, workbook.createFromGuide("MedTriage", Language.EN), model, uiThread,
                assessor);
    }

    /** "MedTriage", a new blank project with knowledge.md's defaults, in English. */
    public static OpenedProject blank(Path dir, ProjectModel model, Executor uiThread, Executor assessor) {
        Workbook workbook = Workbook.open(dir.resolve("w.db"), KNOWLEDGE);
        return new OpenedProject(workbook, workbook.createBlank("MedTriage", Language.EN), model, uiThread,
                assessor);
    }

    /** One of the {@link Examples}, imported as File ▸ Import does. */
    public static OpenedProject fromExample(Path dir, String example, ProjectModel model, Executor uiThread,
                                            Executor assessor) throws IOException {
        Workbook workbook = Workbook.open(dir.resolve("w.db"), KNOWLEDGE);
        return new OpenedProject(workbook, Examples.importInto(workbook, dir, example), model, uiThread, assessor);
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
