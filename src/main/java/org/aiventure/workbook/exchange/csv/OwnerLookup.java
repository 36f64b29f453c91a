package org.aiventure.workbook.exchange.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The team entries an owner cell may name, found by the exact text of {@link OwnerNames} (spaces around it
 * aside). Exact, because a guess would give a risk to the wrong person without anyone noticing.
 */
final class OwnerLookup {

    private final Map<String, List<UUID>> byName = new HashMap<>();

    OwnerLookup(Map<UUID, String> ownerNames) {
        ownerNames.forEach((id, name) -> byName.computeIfAbsent(name.strip(), n -> new ArrayList<>()).add(id));
    }

    /** The entries with this name: none, one, or several when two entries read the same. */
    List<UUID> find(String name) {
        return byName.getOrDefault(name, List.of());
    }
}
