package org.aiventure.workbook;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.aiventure.workbook.cli.AdviseCommand;
import org.aiventure.workbook.cli.BriefCommand;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The main class. It is not the {@link Application} itself, so the app also runs from a plain classpath
 * (no module path), and it starts loading the database and knowledge base before the toolkit is up.
 */
@Command(name = "ai-venture-workbook", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "AI Venture Workbook: an offline workbook for founders of AI large-model startups. "
                + "Without a command it opens the app (and imports FILE.aivw if given); with one it runs headless.",
        subcommands = {ListCommand.class, ValidateCommand.class, ImportCommand.class, ExportCommand.class,
            ScoreCommand.class, BriefCommand.class, AdviseCommand.class, WhatIfCommand.class})
public final class Launcher implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The workbook database to open (default: AIVW_DB, else the platform's data folder).")
    private String db;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE.aivw",
            description = "A project file to import once the app is open (what a double-click on it does).")
    private String projectFile;

    public static void main(String[] args) {
        nativeLibraryFolder();
        if (args.length == 0) {
            // The common start (menu, dock) has no arguments: skip parsing them, which would load the
            // command-line library's ~170 classes before the first window.
            launchApp(null, null);
            return;
        }
        Optional<Path> opened = projectFileArgument(args);
        if (opened.isPresent()) {
            // A double-click on a project file: the desktop passes its path (or file: URI) alone; same fast start.
            launchApp(null, opened.get());
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
            Path folder = Workbook.dataFolder().resolve("native");
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

    /**
     * The project file of a start by double-click: exactly one argument, a path or {@code file:} URI whose name
     * ends in {@code .aivw}. Anything else is a command line for picocli.
     */
    static Optional<Path> projectFileArgument(String[] args) {
        if (args.length != 1 || !isProjectFileName(args[0])) {
            return Optional.empty();
        }
        String arg = args[0];
        return Optional.of(arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg));
    }

    private static boolean isProjectFileName(String arg) {
        return arg.toLowerCase(Locale.ROOT).endsWith(".aivw");
    }

    @Override
    public Integer call() {
        if (projectFile != null && !isProjectFileName(projectFile)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown command or not a project file (*.aivw): " + projectFile);
        }
        launchApp(db, projectFile == null ? null : Path.of(projectFile));
        return 0;
    }

    private static void launchApp(String dbArg, Path projectFile) {
        App.prepare(Startup.begin(Workbook.location(dbArg)), projectFile);
        Application.launch(App.class);
    }
}
