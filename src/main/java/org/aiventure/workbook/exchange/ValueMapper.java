package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns one JSON value, found at {@code at}, into a value of the domain's types; for a value that breaks the
 * format it adds a violation to {@code out} and returns null, so that reading goes on and finds the others.
 */
@FunctionalInterface
interface ValueMapper<T> {
    T map(JsonNode node, Pointer at, Violations out);
}
