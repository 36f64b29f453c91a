package org.aiventure.workbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.ImportChoice;
import org.aiventure.workbook.session.ImportPlan;
import org.aiventure.workbook.session.Workbook;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE}: checks a project file whole, then writes it into the workbook in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a project file (.aivw, plain or encrypted) into the workbook and print the "
                + "project's id. An encrypted file's password comes from AIVW_PASSWORD or the terminal.",
            "If the workbook already holds the project, say --replace (the old version is first saved as a "
                + "backup) or --as-copy (new ids, name suffixed \" (copy)\")."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The .aivw file to import.")
    private Path file;

    @ArgGroup(exclusive = true)
    private Choice choice;

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    /** The two answers to "the workbook already holds this project". */
    static final class Choice {
        @Option(names = "--replace", description = "Replace the project the workbook holds (after a backup).")
        boolean replace;

        @Option(names = "--as-copy", description = "Import beside it as a copy with new ids.")
        boolean asCopy;
    }

    @Override
    public Integer call() throws Exception {
        Console console = new Console(spec);
        try (Workbook workbook = Workbook.open(database.file(), KnowledgeBase.load())) {
            ImportPlan plan = workbook.transfers().plan(file, Passwords.forReading(console));
            if (plan.conflicts() && choice == null) {
                console.problem(console.text("cli.import.conflict", plan.existing().project().name(),
                        plan.changes().count()));
                return ExitCodes.BAD_INPUT;
            }
            ImportChoice how = choice != null && choice.asCopy ? ImportChoice.COPY : ImportChoice.REPLACE;
            StoredProject stored = workbook.transfers().apply(plan, how);
            console.println(stored.project().id().toString());
            return ExitCodes.OK;
        }
    }
}
