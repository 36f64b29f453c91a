package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.aiventure.workbook.knowledge.Control;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** The exchange's copy of the schema's control keys is the knowledge base's list. */
class ControlKeysTest {

    @Test
    void theControlKeysAreTheKnowledgeBasesControls() {
        Set<String> known = KnowledgeBase.load().controls().stream().map(Control::key).collect(Collectors.toSet());

        assertEquals(known, ControlKeys.ALL);
    }
}
