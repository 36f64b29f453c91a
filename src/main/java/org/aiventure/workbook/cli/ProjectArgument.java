package org.aiventure.workbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.ProjectTransfers;
import org.aiventure.workbook.session.Workbook;
import picocli.CommandLine.Parameters;

/**
 * What {@code score}, {@code brief} and the like work on (a picocli mixin): an existing {@code .aivw} file if
 * the argument names one, else a project of the workbook by id or exact name.
 */
public final class ProjectArgument {

    @Parameters(index = "0", paramLabel = "FILE.aivw|PROJECT",
            description = "An existing .aivw file, else a project's id or exact name.")
    private String fileOrProject;

    /** The project, from its file or from the workbook at {@code database}. */
    Project load(DatabaseOption database, KnowledgeBase knowledge, Console console) throws IOException {
        Path asFile = Path.of(fileOrProject);
        if (fileOrProject.endsWith(".aivw") && Files.isRegularFile(asFile)) {
            return ProjectTransfers.read(asFile, Passwords.forReading(console));
        }
        try (Workbook workbook = Workbook.open(database.file(), knowledge)) {
            return workbook.load(workbook.find(fileOrProject).id()).project();
        }
    }
}
