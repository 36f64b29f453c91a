package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A JSON object read key by key. It remembers which keys were read, so that {@link #finish()} can refuse the
 * ones nobody asked for: a file that carries data this version cannot keep must not be cut silently.
 */
final class StrictObject {

    private final JsonNode node;
    private final Pointer at;
    private final Set<String> read = new HashSet<>();

    private StrictObject(JsonNode node, Pointer at) {
        this.node = node;
        this.at = at;
    }

    static StrictObject of(JsonNode node, Pointer at) throws AivwFormatException {
        if (!node.isObject()) {
            throw JsonValues.wrong(at, AivwMessages.anObject(), node);
        }
        return new StrictObject(node, at);
    }

    /** An object element mapper: checks the value is an object, then hands it to {@code reader}. */
    static <T> ValueMapper<T> objects(ObjectReader<T> reader) {
        return (value, valueAt) -> reader.read(of(value, valueAt));
    }

    Pointer at() {
        return at;
    }

    Pointer at(String key) {
        return at.key(key);
    }

    /** The value of a key that must be present (a JSON null is present). */
    JsonNode member(String key) throws AivwFormatException {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new AivwFormatException(at(key).toString(), AivwMessages.missing());
        }
        read.add(key);
        return value;
    }

    <T> T get(String key, ValueMapper<T> mapper) throws AivwFormatException {
        return mapper.map(member(key), at(key));
    }

    /** An array of values, each mapped with the pointer of its index. */
    <T> List<T> list(String key, ValueMapper<T> mapper) throws AivwFormatException {
        JsonNode array = member(key);
        Pointer arrayAt = at(key);
        if (!array.isArray()) {
            throw JsonValues.wrong(arrayAt, AivwMessages.anArray(), array);
        }
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(mapper.map(array.get(i), arrayAt.index(i)));
        }
        return values;
    }

    /** Refuses the first key that was not read. */
    void finish() throws AivwFormatException {
        if (read.size() == node.size()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new AivwFormatException(at(name).toString(), AivwMessages.unknownKey());
            }
        }
    }

    /** Reads a domain value from a JSON object. */
    @FunctionalInterface
    interface ObjectReader<T> {
        T read(StrictObject object) throws AivwFormatException;
    }
}
