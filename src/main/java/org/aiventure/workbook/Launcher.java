package org.aiventure.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.aiventure.workbook.cli.ExitCodes;
import org.aiventure.workbook.cli.ExportCommand;
import org.aiventure.workbook.cli.ImportCommand;
import org.aiventure.workbook.cli.ListCommand;
import org.aiventure.workbook.cli.ScoreCommand;
import org.aiventure.workbook.cli.ValidateCommand;
import org.aiventure.workbook.cli.WhatIfCommand;
import org.aiventure.workbook.session.AppVersion;
import org.aiventure.workbook.session.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The main class. It is not the {@link Application} itself, so the app also runs from a plain classpath
 * (no module path), and it starts loading the database and knowledge base before the toolkit is up.
 */
@Command(name = "ai-venture-workbook", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "AI Venture Workbook: an offline workbook for founders of AI large-model startups. "
                + "Without a command it opens the app; with one it runs headless.",
        subcommands = {ListCommand.class, ValidateCommand.class, ImportCommand.class, ExportCommand.class,
            ScoreCommand.class, WhatIfCommand.class})
public final class Launcher implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The workbook database to open (default: AIVW_DB, else the platform's data folder).")
    private String db;

    public static void main(String[] args) {
        nativeLibraryFolder();
        if (args.length == 0) {
            // The common start (menu, dock, double-click) has no arguments: skip parsing them, which would
            // load the command-line library's ~170 classes before the first window.
            launchApp(null);
            return;
        }
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * sqlite-jdbc unpacks its native library into java.io.tmpdir, and a noexec /tmp breaks it: give it a
     * folder of the app's own, beside the default workbook, unless one was chosen.
     */
    private static void nativeLibraryFolder() {
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            Path folder = Workbook.location(null).toAbsolutePath().getParent().resolve("native");
            try {
                Files.createDirectories(folder);
                System.setProperty("org.sqlite.tmpdir", folder.toString());
            } catch (IOException e) {
                // Then the default temporary folder has to do; it works wherever /tmp allows execution.
                LoggerFactory.getLogger(Launcher.class).warn("Cannot create {}; sqlite-jdbc uses the temporary folder",
                        folder, e);
            }
        }
    }

    /** The command line with its commands and exit codes; no command opens the app. */
    static CommandLine commandLine() {
        return new CommandLine(new Launcher()).setExecutionExceptionHandler(new ExitCodes());
    }

    /** Prints the pom's version for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppVersion.nameAndVersion()};
        }
    }

    @Override
    public Integer call() {
        launchApp(db);
        return 0;
    }

    private static void launchApp(String dbArg) {
        App.prepare(Startup.begin(Workbook.location(dbArg)));
        Application.launch(App.class);
    }
}
