package org.aiventure.workbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.aiventure.workbook.LauncherAccess;
import picocli.CommandLine;

/** Runs the command line in-process, as the jar would, and keeps what it printed. */
public final class Cli {

    public final int exit;
    public final String out;
    public final String err;

    private Cli(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = LauncherAccess.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
