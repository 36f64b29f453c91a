package org.aiventure.workbook.cli;

import java.nio.file.Path;
import org.aiventure.workbook.session.Workbook;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --db PATH} option every command that reads or writes the workbook takes. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The workbook database (default: the AIVW_DB environment variable, else the "
                    + "platform's data folder).")
    private String db;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The database file this command works on. */
    public Path file() {
        return Workbook.location(db != null ? db : beforeTheCommand());
    }

    /**
     * {@code --db} written before the command ({@code ai-venture-workbook --db w.db import plan.aivw}) belongs to
     * the app's own options; it means the same workbook, never silently the default one.
     */
    private String beforeTheCommand() {
        CommandSpec parent = command == null ? null : command.parent();
        OptionSpec option = parent == null ? null : parent.findOption("--db");
        return option == null ? null : option.getValue();
    }
}
