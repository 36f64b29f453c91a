package org.aiventure.workbook.ui.team;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the coverage grid draws, already in words: the team entries across (those in place first), the risk
 * categories down, and which entries answer for each category. A row in alarm is a category with a HIGH or
 * CRITICAL open risk that nobody in place answers for, exactly the CATEGORY_WITHOUT_OWNER findings.
 */
public record CoverageData(List<Column> columns, List<Row> rows) {

    public static final CoverageData EMPTY = new CoverageData(List.of(), List.of());

    public CoverageData {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A team entry: its title, the person (may be empty) and the label of its status. */
    public record Column(UUID id, String title, String person, String status, boolean inPlace) {
    }

    /**
     * A category: its label, the entries that cover it, and when in alarm the marker written on the row
     * (the band and "no one in place") with the finding's message as its explanation.
     */
    public record Row(String key, String label, Set<UUID> coveredBy, String alarm, String alarmDetail) {
        public Row {
            coveredBy = Set.copyOf(coveredBy);
        }

        public boolean inAlarm() {
            return alarm != null;
        }
    }
}
