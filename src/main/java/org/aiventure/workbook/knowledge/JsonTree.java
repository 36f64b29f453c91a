package org.aiventure.workbook.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a JSON document into the same tree {@code ObjectMapper.readTree} gives, from Jackson's streaming parser.
 * The knowledge base is read while the first window starts, and an {@code ObjectMapper} alone costs ~250 ms of
 * class loading and set-up there; the parser and the node classes cost a tenth of that.
 */
final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /** The document's root, or null for an empty stream; a later duplicate key replaces the earlier one. */
    static JsonNode read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            Deque<ContainerNode<?>> open = new ArrayDeque<>();
            String field = null;
            JsonNode root = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                JsonNode node = switch (token) {
                    case START_OBJECT -> NODES.objectNode();
                    case START_ARRAY -> NODES.arrayNode();
                    case VALUE_STRING -> NODES.textNode(parser.getText());
                    case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                    case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                    case VALUE_TRUE -> NODES.booleanNode(true);
                    case VALUE_FALSE -> NODES.booleanNode(false);
                    case VALUE_NULL -> NODES.nullNode();
                    default -> throw new IOException("unexpected " + token + " at " + parser.currentLocation());
                };
                ContainerNode<?> parent = open.peek();
                if (parent == null) {
                    root = node;
                } else if (parent instanceof ObjectNode object) {
                    object.set(field, node);
                } else {
                    ((ArrayNode) parent).add(node);
                }
                if (node instanceof ContainerNode<?> container) {
                    open.push(container);
                }
            }
            return root;
        }
    }
}
