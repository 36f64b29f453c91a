package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns one JSON value, found at {@code at}, into a domain value, or says what is wrong with it. */
@FunctionalInterface
interface ValueMapper<T> {
    T map(JsonNode node, Pointer at) throws AivwFormatException;
}
