package org.aiventure.workbook.ui.projects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export PDF briefing… against a real workbook and real PDFs, with scripted answers for the dialogs. */
class BriefingExportTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final SimpleObjectProperty<Workbook> workbook = new SimpleObjectProperty<>();
    private final List<Path> opened = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private ProjectsViewModel projects;
    private BriefingExport export;

    @BeforeEach
    void openTheExample() throws Exception {
        workbook.set(Workbook.open(dir.resolve("workbook.db"), KnowledgeBase.load()));
        I18n i18n = new I18n(Language.EN);
        projects = new ProjectsViewModel(i18n, dialogs, tasks, workbook, new ProjectModel(i18n, dialogs),
                file -> Optional.empty());
        Path file = dir.resolve("medtriage.aivw");
        Files.write(file, Examples.bytes(Examples.MEDTRIAGE));
        new TransfersViewModel(i18n, dialogs, tasks, workbook, projects, p -> { }).importFile(file);
        export = exportWith((project, asOf, target, progress, cancelled) ->
                workbook.get().briefings().write(project, null, asOf, target, progress, cancelled));
    }

    @AfterEach
    void close() {
        projects.closeCurrent();
        workbook.get().close();
    }

    private BriefingExport exportWith(BriefingExport.Writer writer) {
        return new BriefingExport(projects.current(), new I18n(Language.EN), dialogs, tasks, writer, opened::add,
                status::add);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void writesTheOpenProjectsBriefingAndOpensItWhenAsked() throws Exception {
        dialogs.answer(dir.resolve("for the board")).answer(true);
        export.export();
        tasks.settle();

        Path pdf = dir.resolve("for the board.pdf");
        assertTrue(Files.exists(pdf), "a name typed without .pdf still gets it");
        String text = text(pdf);
        assertTrue(text.contains("MedTriage"), "the project's briefing");
        String readiness = projects.current().assessmentProperty().get().overall().toPlainString();
        assertTrue(text.contains(readiness), "the readiness the dashboard shows: " + readiness);
        assertEquals(List.of(pdf), opened);
        assertEquals(List.of("The briefing of “MedTriage” is saved as for the board.pdf."), status);
        assertFalse(export.runningProperty().get());
        assertEquals(1.0, export.progressProperty().get());
    }

    @Test
    void decliningTheOfferOpensNothing() {
        dialogs.answer(dir.resolve("briefing.pdf")).answer(false);
        export.export();
        assertTrue(Files.exists(dir.resolve("briefing.pdf")));
        assertEquals(List.of(), opened);
    }

    @Test
    void cancellingWritesNothingAndKeepsAnEarlierFile() throws Exception {
        Path pdf = dir.resolve("briefing.pdf");
        byte[] earlier = "an earlier briefing".getBytes(StandardCharsets.UTF_8);
        Files.write(pdf, earlier);
        BriefingExport[] self = new BriefingExport[1];
        self[0] = exportWith((project, asOf, target, progress, cancelled) ->
                workbook.get().briefings().write(project, null, asOf, target, share -> {
                    progress.accept(share);
                    if (share > 0) {
                        self[0].cancel(); // the founder presses Cancel halfway
                    }
                }, cancelled));
        dialogs.answer(pdf); // and no answer for an offer to open: none may be made
        self[0].export();
        tasks.settle();

        assertArrayEquals(earlier, Files.readAllBytes(pdf));
        assertEquals(List.of("Briefing cancelled; nothing was written."), status);
        assertEquals(List.of(), dialogs.errors);
        assertFalse(self[0].runningProperty().get());
    }

    @Test
    void aFailedWriteSaysWhereAndLeavesNothing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path target = notAFolder.resolve("briefing.pdf");
        dialogs.answer(target);
        export.export();

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("The briefing could not be written to " + target + "."),
                dialogs.errors.get(0));
        assertFalse(Files.exists(target));
        assertFalse(export.runningProperty().get(), "another try is possible");
        assertEquals(List.of(), status);
    }

    @Test
    void closingTheFileChooserDoesNothing() {
        dialogs.answer(null);
        export.export();
        assertFalse(export.runningProperty().get());
        assertEquals(List.of(), status);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void withNoProjectOpenThereIsNothingToExport() {
        projects.closeCurrent();
        export.export(); // asks nothing: a question would find no scripted answer and fail
        assertFalse(export.runningProperty().get());
    }
}
