package org.aiventure.workbook.ui.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's transfers against a real workbook, with scripted answers instead of dialogs. */
class TransfersViewModelTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SimpleObjectProperty<Workbook> workbook = new SimpleObjectProperty<>();
    private ProjectsViewModel projects;
    private TransfersViewModel transfers;
    private final List<Path> opened = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        workbook.set(Workbook.open(dir.resolve("workbook.db"), KnowledgeBase.load()));
        I18n i18n = new I18n(Language.EN);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        projects = new ProjectsViewModel(i18n, dialogs, tasks, workbook, new ProjectModel(i18n, dialogs),
                file -> Optional.empty());
        transfers = new TransfersViewModel(i18n, dialogs, tasks, workbook, projects, opened::add);
    }

    @AfterEach
    void close() {
        projects.closeCurrent();
        workbook.get().close();
    }

    private Path example(String resource) throws Exception {
        return Examples.copyTo(dir, resource);
    }

    private List<String> names() {
        return projects.projects().stream().map(ProjectSummary::name).toList();
    }

    @Test
    void importingAFileSelectsItsProject() throws Exception {
        dialogs.answer(example(Examples.ZHIZAO));
        transfers.importProject();
        assertEquals(List.of("智造质检大模型"), names());
        assertEquals("智造质检大模型", projects.current().project().name());
        assertEquals("Imported “智造质检大模型”.", transfers.lastResultProperty().get());
    }

    @Test
    void aFileTheAppWasStartedWithIsImportedOnceTheWorkbookOpens() throws Exception {
        Workbook opening = workbook.get();
        workbook.set(null);
        Path file = example(Examples.MEDTRIAGE);
        transfers.importOnceOpen(file);
        assertEquals(List.of(), opening.projects(), "nothing is imported before the workbook is open");

        workbook.set(opening);
        assertEquals(List.of("MedTriage"), names());
        assertEquals("MedTriage", projects.current().project().name());

        workbook.set(null);
        workbook.set(opening);
        assertEquals(1, opening.projects().size(), "a workbook opened later does not import the file again");
    }

    @Test
    void aFileOpenedWhileTheAppRunsGoesThroughTheSameQuestionAsImport() throws Exception {
        Path file = example(Examples.MEDTRIAGE);
        transfers.importFile(file);
        dialogs.answer(1);
        transfers.importOnceOpen(file);
        assertEquals(2, names().size(), "the second import was taken as a copy");
        assertEquals(1, dialogs.decisions.size(), "replace-or-copy was asked once");
    }

    @Test
    void theSameFileAgainAsksReplaceOrCopyAndShowsTheDifference() throws Exception {
        Path file = example(Examples.MEDTRIAGE);
        transfers.importFile(file);
        dialogs.answer(null);
        transfers.importFile(file);
        assertEquals(1, names().size(), "closing the question imports nothing");
        assertTrue(dialogs.decisions.get(0).contains("The file holds exactly what your workbook holds."),
                dialogs.decisions.get(0));

        Files.writeString(file, Examples.text(Examples.MEDTRIAGE).replace("\"stage\": \"PILOT\"", "\"stage\": \"SCALE\"")
                .replace("\"title\": \"Hospitals buy slower than planned\"", "\"title\": \"Hospitals buy slowly\""));
        dialogs.answer(1);
        transfers.importFile(file);
        assertTrue(dialogs.decisions.get(1).contains("Stage: “PILOT” → “SCALE”"), dialogs.decisions.get(1));
        assertTrue(dialogs.decisions.get(1).contains("Risks changed: R-005"), dialogs.decisions.get(1));
        assertEquals(List.of("MedTriage", "MedTriage (copy)"), names());

        dialogs.answer(0);
        transfers.importFile(file);
        assertEquals(List.of("MedTriage", "MedTriage (copy)"), names());
        assertEquals("SCALE", projects.current().project().stage().name());
        dialogs.answer(0).answer(0);
        transfers.restoreBackup();
        assertTrue(dialogs.decisions.get(3).contains("Stage: “SCALE” → “PILOT”"), "the backup undoes the replace");
        assertEquals(List.of("MedTriage", "MedTriage (copy)"), names());
        assertEquals("PILOT", projects.current().project().stage().name());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aWorkbookBackupFromAnUpgradeOpensAsTheWorkbook() throws Exception {
        Path backup = dir.resolve("workbook.db.backup-v1-20260101-090000.db");
        Files.writeString(backup, "a copy made by VACUUM INTO before a migration");
        dialogs.answer(0).answer(true);
        transfers.restoreBackup();
        assertEquals(List.of(backup), opened);
    }

    @Test
    void anEncryptedExportNeedsItsPasswordToComeBack() throws Exception {
        transfers.importFile(example(Examples.MEDTRIAGE));
        Path sealed = dir.resolve("sealed.aivw");
        dialogs.answer("s3cret pass").answer(sealed);
        transfers.exportProject(true);
        assertTrue(Files.readString(sealed).contains("ai-venture-workbook-encrypted"));

        projects.closeCurrent();
        workbook.get().close();
        workbook.set(Workbook.open(dir.resolve("other.db"), KnowledgeBase.load()));
        dialogs.answer("wrong pass");
        transfers.importFile(sealed);
        assertEquals(List.of("wrong password or damaged file"), dialogs.errors);
        assertEquals(List.of(), names());

        dialogs.answer("s3cret pass");
        transfers.importFile(sealed);
        assertEquals(List.of("MedTriage"), names());
    }

    @Test
    void aBadFileIsExplainedWithWhereTheProblemIs() throws Exception {
        Path bad = dir.resolve("bad.aivw");
        Files.writeString(bad, Examples.text(Examples.MEDTRIAGE).replace("\"impact\": 5", "\"impact\": 6"));
        transfers.importFile(bad);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("/project/"), dialogs.errors.get(0));
        assertEquals(List.of(), names());
        assertEquals(false, projects.busyProperty().get());
    }

    @Test
    void theRiskRegisterGoesOutAndComesBackAsASpreadsheet() throws Exception {
        transfers.importFile(example(Examples.MEDTRIAGE));
        Path csv = dir.resolve("risks.csv");
        dialogs.answer(csv);
        transfers.exportRisks();
        assertTrue(Files.readString(csv).contains("Patient data leaks from the triage logs"));
        dialogs.answer(csv);
        transfers.importRisks();
        assertEquals("Added 7 risks to “MedTriage”.", transfers.lastResultProperty().get());
        assertEquals(14, projects.current().project().risks().size());
    }
}
