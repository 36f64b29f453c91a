package org.aiventure.workbook.domain;

import java.util.List;

/** An item present on both sides (same id) whose content differs, and the names of the fields that do. */
public record ChangedItem<T>(T before, T after, List<String> fields) {
    public ChangedItem {
        fields = List.copyOf(fields);
    }
}
