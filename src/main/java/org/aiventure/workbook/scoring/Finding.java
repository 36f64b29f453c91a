package org.aiventure.workbook.scoring;

import java.util.Comparator;
import java.util.Objects;
import org.aiventure.workbook.domain.Area;

/**
 * Something the founder should fix: which rule fired, how urgent it is, the area whose score it explains,
 * what it is about, why (message) and the one step that removes it (fix).
 */
public record Finding(String rule, Severity severity, Area area, Subject subject, Message message, Message fix) {

    /**
     * scoring.md's order: severity, area, rule, subject id; strings compare by code point. Written out rather
     * than chained from key extractors because sorting ten thousand findings was most of an assessment's time.
     */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int c = a.severity.compareTo(b.severity);
        if (c == 0) {
            c = a.area.compareTo(b.area);
        }
        if (c == 0 && !a.rule.equals(b.rule)) {
            c = a.rule.compareTo(b.rule);
        }
        return c != 0 ? c : a.subject.id().compareTo(b.subject.id());
    };

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }
}
