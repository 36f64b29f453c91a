package org.aiventure.workbook.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command writes: results to standard output, problems to standard error, texts from the message
 * bundles in the terminal's language (the system locale).
 */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Language language;

    Console(CommandSpec spec) {
        this.out = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
        this.language = Language.of(Locale.getDefault());
    }

    Language language() {
        return language;
    }

    void println(String line) {
        out.println(line);
        out.flush();
    }

    /** A text from the bundles in the terminal's language. */
    String text(String key, Object... args) {
        return Messages.format(language, key, args);
    }

    /** A line of text from the bundles, to standard output. */
    void say(String key, Object... args) {
        println(text(key, args));
    }

    /** A line to standard error. */
    void problem(String line) {
        err.println(line);
        err.flush();
    }
}
