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

    @Option(names = "--encrypt", description = "Encrypt the file with a password (from AIVW_PASSWORD, or typed "
            + "twice on the terminal): AES-256-GCM with a key derived by PBKDF2.")
    private boolean encrypt;

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(spec);
        try (Workbook workbook = Workbook.open(database.file(), KnowledgeBase.load())) {
            var id = workbook.find(project).id();
            workbook.transfers().export(id, out, encrypt ? Passwords.forWriting(console) : null);
        }
        console.say("cli.export.done", out);
        return ExitCodes.OK;
    }
}
