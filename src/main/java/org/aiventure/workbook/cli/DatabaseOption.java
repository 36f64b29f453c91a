package org.aiventure.workbook.cli;

import java.nio.file.Path;
import org.aiventure.workbook.session.Workbook;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command that reads or writes the workbook takes. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The workbook database (default: the AIVW_DB environment variable, else the "
                    + "platform's data folder).")
    private String db;

    /** The database file this command works on. */
    public Path file() {
        return Workbook.location(db);
    }
}
