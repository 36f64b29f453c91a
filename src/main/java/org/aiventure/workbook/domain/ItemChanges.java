package org.aiventure.workbook.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one list of a project differs between two versions, items matched by their key (an id, or a practice's
 * key): those only in the incoming version, those only in the existing one, and those in both that differ.
 * Added and changed items are in the incoming order, removed ones in the existing order.
 */
public record ItemChanges<T extends Record>(List<T> added, List<T> removed, List<ChangedItem<T>> changed) {

    public ItemChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    static <T extends Record> ItemChanges<T> between(List<T> existing, List<T> incoming, Function<T, ?> key) {
        Map<Object, T> before = new LinkedHashMap<>();
        existing.forEach(item -> before.put(key.apply(item), item));
        List<T> added = new ArrayList<>();
        List<ChangedItem<T>> changed = new ArrayList<>();
        for (T item : incoming) {
            T old = before.remove(key.apply(item));
            if (old == null) {
                added.add(item);
            } else if (!old.equals(item)) {
                changed.add(new ChangedItem<>(old, item, differingFields(old, item)));
            }
        }
        return new ItemChanges<>(added, new ArrayList<>(before.values()), changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Added, removed and changed items together. */
    public int count() {
        return added.size() + removed.size() + changed.size();
    }

    /**
     * The components that differ, read from the record itself so that a field added to an item type is
     * compared without anyone remembering to add it here.
     */
    private static List<String> differingFields(Record before, Record after) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            if (!Objects.equals(value(c, before), value(c, after))) {
                fields.add(c.getName());
            }
        }
        return fields;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // the accessors of the domain's public records are public and plain getters
            throw new IllegalStateException(e);
        }
    }
}
