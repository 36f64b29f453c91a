package org.aiventure.workbook.cli;

import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.LocalizedProblem;
import org.aiventure.workbook.domain.Messages;
import picocli.CommandLine;

/**
 * The command line's exit codes, for scripts: 0 success, 2 bad input (something the person can fix in what
 * they gave: a file, a name, a value), 1 anything else. A problem is printed as one plain sentence.
 */
public final class ExitCodes implements CommandLine.IExecutionExceptionHandler {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Language language = Language.of(Locale.getDefault());
        if (e instanceof NoSuchFileException missing) {
            cmd.getErr().println(Messages.format(language, "cli.error.noSuchFile", missing.getFile()));
            cmd.getErr().flush();
            return BAD_INPUT;
        }
        cmd.getErr().println(e instanceof LocalizedProblem p ? p.message(language) : String.valueOf(e.getMessage()));
        cmd.getErr().flush();
        return e instanceof LocalizedProblem p && p.isBadInput() ? BAD_INPUT : FAILURE;
    }
}
