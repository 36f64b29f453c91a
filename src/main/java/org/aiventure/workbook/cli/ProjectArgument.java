package org.aiventure.workbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.ProjectTransfers;
import org.aiventure.workbook.session.Workbook;

/**
 * What {@code score}, {@code brief} and the like work on: an existing {@code .aivw} file if the argument names
 * one, else a project of the workbook by id or exact name.
 */
final class ProjectArgument {

    private ProjectArgument() {
    }

    static Project load(String fileOrProject, DatabaseOption database, KnowledgeBase knowledge, Console console)
            throws IOException {
        Path asFile = Path.of(fileOrProject);
        if (fileOrProject.endsWith(".aivw") && Files.isRegularFile(asFile)) {
            return ProjectTransfers.read(asFile, Passwords.forReading(console));
        }
        try (Workbook workbook = Workbook.open(database.file(), knowledge)) {
            return workbook.load(workbook.find(fileOrProject).id()).project();
        }
    }
}
