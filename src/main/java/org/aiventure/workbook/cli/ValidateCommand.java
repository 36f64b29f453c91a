package org.aiventure.workbook.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aiventure.workbook.domain.LocalizedProblem;
import org.aiventure.workbook.session.ProjectTransfers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE}: checks a project file against the format; says "valid" or lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a .aivw project file: prints \"valid\" (exit 0), or one line per problem on "
                + "standard error (exit 2).")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The .aivw file to check.")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(spec);
        try {
            ProjectTransfers.read(file, Passwords.forReading(console));
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            // A bad file's problems, one a line; any other failure to read it is the exit code's to judge.
            if (!(e instanceof LocalizedProblem problem)) {
                throw e;
            }
            console.problem(problem.message(console.language()));
            return ExitCodes.BAD_INPUT;
        }
        console.say("cli.validate.valid");
        return ExitCodes.OK;
    }
}
