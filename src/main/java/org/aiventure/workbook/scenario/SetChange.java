package org.aiventure.workbook.scenario;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one collection gains and loses from before to after; added in the after order, removed in the before. */
public record SetChange<T>(List<T> added, List<T> removed) {

    public SetChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public static <T> SetChange<T> between(Collection<T> before, Collection<T> after) {
        Set<T> was = new LinkedHashSet<>(before);
        Set<T> is = new LinkedHashSet<>(after);
        return new SetChange<>(is.stream().filter(x -> !was.contains(x)).toList(),
                was.stream().filter(x -> !is.contains(x)).toList());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
