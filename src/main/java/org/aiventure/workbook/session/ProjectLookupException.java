package org.aiventure.workbook.session;

import java.util.List;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.LocalizedProblem;

/** A project named on the command line that is not in the workbook, or whose name several projects share. */
public final class ProjectLookupException extends IllegalArgumentException implements LocalizedProblem {

    private final String key;
    private final List<String> args;

    private ProjectLookupException(String key, List<String> args) {
        super(key);
        this.key = key;
        this.args = List.copyOf(args);
    }

    static ProjectLookupException notFound(String wanted, String file) {
        return new ProjectLookupException("session.error.projectNotFound", List.of(wanted, file));
    }

    static ProjectLookupException ambiguous(String wanted, String matches) {
        return new ProjectLookupException("session.error.projectAmbiguous", List.of(wanted, matches));
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public String getMessage() {
        return message(Language.EN);
    }
}
