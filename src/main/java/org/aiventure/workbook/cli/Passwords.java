package org.aiventure.workbook.cli;

import java.util.Arrays;
import org.aiventure.workbook.domain.DomainException;
import org.aiventure.workbook.session.PasswordPrompt;

/**
 * Where the command line gets a file's password: the {@code AIVW_PASSWORD} environment variable (for
 * scripts), else the terminal, without echo. It is never an option, so it never shows in a process list or
 * a shell history.
 */
final class Passwords {

    static final String ENV = "AIVW_PASSWORD";

    private Passwords() {
    }

    /** Asks once, when a file turns out to be encrypted. */
    static PasswordPrompt forReading(Console console) {
        return () -> fromEnvironment().orElseGet(() -> fromTerminal(console, "cli.password.prompt"));
    }

    /** For a new encrypted file: from the environment, or typed twice on the terminal. */
    static char[] forWriting(Console console) {
        return fromEnvironment().orElseGet(() -> {
            char[] first = fromTerminal(console, "cli.password.new");
            char[] again = fromTerminal(console, "cli.password.again");
            boolean same = Arrays.equals(first, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new DomainException("cli.password.mismatch");
            }
            return first;
        });
    }

    private static java.util.Optional<char[]> fromEnvironment() {
        String value = System.getenv(ENV);
        return value == null || value.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(value.toCharArray());
    }

    private static char[] fromTerminal(Console console, String promptKey) {
        java.io.Console terminal = System.console();
        if (terminal == null) {
            throw new DomainException("cli.password.noTerminal", ENV);
        }
        char[] typed = terminal.readPassword("%s", console.text(promptKey));
        if (typed == null || typed.length == 0) {
            throw new DomainException("cli.password.empty");
        }
        return typed;
    }
}
