package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON object read key by key. It remembers which keys were asked for, so that {@link #finish()} can report the
 * others: a file that carries data this version cannot keep must not be cut silently. A missing key or a bad
 * value is reported to the file's {@link Violations} and read as null, so that reading goes on.
 */
final class StrictObject {

    private final JsonNode node;
    private final Pointer at;
    private final Violations out;
    /** The keys asked for; a list, as an object has at most seventeen and most have all of theirs. */
    private final List<String> asked = new ArrayList<>();
    private int present;

    private StrictObject(JsonNode node, Pointer at, Violations out) {
        this.node = node;
        this.at = at;
        this.out = out;
    }

    /** The object at {@code at}, or null (reported) if the value is not an object. */
    static StrictObject of(JsonNode node, Pointer at, Violations out) {
        if (!node.isObject()) {
            out.add(at, AivwMessages.NOT_OBJECT, AivwMessages.found(node));
            return null;
        }
        return new StrictObject(node, at, out);
    }

    /** A mapper of object values: checks the value is an object, then hands it to {@code reader}. */
    static <T> ValueMapper<T> objects(ObjectReader<T> reader) {
        return (value, valueAt, out) -> {
            StrictObject object = of(value, valueAt, out);
            return object == null ? null : reader.read(object);
        };
    }

    Pointer at(String key) {
        return at.key(key);
    }

    Violations violations() {
        return out;
    }

    /** The value of a key that must be present (a JSON null is present), or null (reported) if it is missing. */
    JsonNode member(String key) {
        asked.add(key);
        JsonNode value = node.get(key);
        if (value == null) {
            out.add(at(key), AivwMessages.MISSING);
            return null;
        }
        present++;
        return value;
    }

    <T> T get(String key, ValueMapper<T> mapper) {
        JsonNode value = member(key);
        return value == null ? null : mapper.map(value, at(key), out);
    }

    /** An array of values, each mapped with the pointer of its index; null (reported) if it is no array. */
    <T> List<T> list(String key, ValueMapper<T> mapper) {
        JsonNode array = member(key);
        if (array == null) {
            return null;
        }
        Pointer arrayAt = at(key);
        if (!array.isArray()) {
            out.add(arrayAt, AivwMessages.NOT_ARRAY, AivwMessages.found(array));
            return null;
        }
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(mapper.map(array.get(i), arrayAt.index(i), out));
        }
        return values;
    }

    /** An array whose values must differ (uniqueItems); each repeat is reported where it stands. */
    <T> List<T> uniqueList(String key, ValueMapper<T> mapper) {
        List<T> values = list(key, mapper);
        if (values != null) {
            Map<T, Integer> first = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                T value = values.get(i);
                Integer earlier = value == null ? null : first.putIfAbsent(value, i);
                if (earlier != null) {
                    out.add(at(key).index(i), AivwMessages.REPEATED, value, at(key).index(earlier));
                }
            }
        }
        return values;
    }

    /** Reports every key that was not asked for. */
    void finish() {
        if (present == node.size()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!asked.contains(name)) {
                out.add(at(name), AivwMessages.UNKNOWN_KEY);
            }
        }
    }

    /** Reads a value from a JSON object, reporting what is wrong with it to the object's violations. */
    @FunctionalInterface
    interface ObjectReader<T> {
        T read(StrictObject object);
    }
}
