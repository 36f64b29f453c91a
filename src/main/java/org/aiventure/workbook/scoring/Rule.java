package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;

/**
 * One row of scoring.md's findings table. A rule reads the shared {@link ProjectFacts} and adds its findings;
 * its messages use the keys {@code finding.<CODE>.message} and {@code finding.<CODE>.fix}, with a suffix
 * ({@code .none}, {@code .pending}, ...) where one rule says different things in different cases.
 */
interface Rule {

    /** The rule's name in findings, e.g. {@code CATEGORY_UNCOVERED}. */
    String code();

    /** The area whose score the rule's findings explain. */
    Area area();

    void check(ProjectFacts facts, List<Finding> out);

    /** The bundle key {@code finding.<CODE>.<part>}, e.g. {@code key("fix.pending")}. */
    default String key(String part) {
        return "finding." + code() + "." + part;
    }

    default Finding finding(Severity severity, SubjectType type, String id, Message message, Message fix) {
        return new Finding(code(), severity, area(), new Subject(type, id), message, fix);
    }
}
