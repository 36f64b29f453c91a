package org.aiventure.workbook.exchange.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.TeamEntry;

/**
 * The text of the owner column: a team entry's title, with the person in brackets when one is named
 * ({@code CEO (Dr. Lena Ortiz)}). Writer and reader take the names as a map so that an export and the import
 * into the same project agree on them; this is the one way to build that map.
 */
public final class OwnerNames {

    private OwnerNames() {
    }

    public static Map<UUID, String> of(List<TeamEntry> team) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (TeamEntry t : team) {
            names.put(t.id(), Checks.isBlank(t.person()) ? t.title() : t.title() + " (" + t.person() + ")");
        }
        return names;
    }
}
