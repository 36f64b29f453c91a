package org.aiventure.workbook.exchange;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.LocalizedProblem;

/**
 * A project file that cannot be read: not an {@code .aivw} file, damaged, or breaking file-format.md. It carries
 * every violation found (the first {@value Violations#SHOWN} of them and the total), each with its JSON Pointer.
 * It is an {@link IOException} because a bad file is one way reading a file fails.
 */
public final class AivwFormatException extends IOException implements LocalizedProblem {

    private final List<Violation> violations;
    private final int total;

    AivwFormatException(List<Violation> violations, int total, Throwable cause) {
        super(null, cause);
        if (violations.isEmpty() || total < violations.size()) {
            throw new IllegalArgumentException("a bad file has at least one violation");
        }
        this.violations = List.copyOf(violations);
        this.total = total;
    }

    /** A problem of the file as a whole (empty, not JSON, wrong password or damaged), with no pointer. */
    static AivwFormatException ofFile(String key, Object... args) {
        return at("", key, args);
    }

    /** A problem that stops reading at once, such as a newer format version. */
    static AivwFormatException at(String pointer, String key, Object... args) {
        return new AivwFormatException(List.of(Violation.of(pointer, key, args)), 1, null);
    }

    /** The violations found, in file order, at most {@value Violations#SHOWN}. */
    public List<Violation> violations() {
        return violations;
    }

    /** How many violations were found, including those not kept. */
    public int total() {
        return total;
    }

    /** The one violation's key, or {@code aivw.error.problems} with the count when there are several. */
    @Override
    public String key() {
        return total == 1 ? violations.get(0).key() : AivwMessages.PROBLEMS;
    }

    @Override
    public List<String> args() {
        return total == 1 ? violations.get(0).args() : List.of(String.valueOf(total));
    }

    /** The one violation as {@code pointer: sentence}; several as a heading, one line each, and the count left. */
    @Override
    public String message(Language language) {
        if (total == 1) {
            return violations.get(0).message(language);
        }
        String lines = violations.stream().map(v -> v.message(language)).collect(Collectors.joining("\n"));
        String text = LocalizedProblem.super.message(language) + "\n" + lines;
        if (total > violations.size()) {
            text += "\n" + Violation.of("", AivwMessages.MORE, total - violations.size()).message(language);
        }
        return text;
    }

    @Override
    public String getMessage() {
        return message(Language.EN);
    }
}
