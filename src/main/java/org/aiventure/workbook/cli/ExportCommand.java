package org.aiventure.workbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export PROJECT --out FILE}: the project as one canonical .aivw file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a project (its id, or its exact name) as a .aivw file.")
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project's id, or its exact name.")
    private String project;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Workbook workbook = Workbook.open(database.file(), KnowledgeBase.load())) {
            workbook.transfers().export(workbook.find(project).id(), out);
        }
        new Console(spec).say("cli.export.done", out);
        return ExitCodes.OK;
    }
}
