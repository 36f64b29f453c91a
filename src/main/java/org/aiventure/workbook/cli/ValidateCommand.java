package org.aiventure.workbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
        List<String> problems = ProjectTransfers.problems(file, Passwords.forReading(console), console.language());
        if (!problems.isEmpty()) {
            problems.forEach(console::problem);
            return ExitCodes.BAD_INPUT;
        }
        console.say("cli.validate.valid");
        return ExitCodes.OK;
    }
}
