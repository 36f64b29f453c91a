package org.aiventure.workbook.domain;

import java.util.List;
import java.util.UUID;

/** A sticky note on the business-model canvas; {@code position} orders the notes within a block. */
public record CanvasNote(UUID id, CanvasBlock block, String text, NoteColor color, int position,
                         Evidence evidence, List<UUID> linkedRiskIds) {
    public CanvasNote {
        Checks.present("canvas note id", id);
        Checks.present("canvas block", block);
        Checks.text("note text", text, 1, Limits.NOTE_TEXT);
        Checks.present("note colour", color);
        Checks.range("note position", position, 0, Integer.MAX_VALUE);
        Checks.present("evidence", evidence);
        linkedRiskIds = Checks.uniqueList("linked risks", linkedRiskIds);
    }

    public CanvasNote withLinkedRiskIds(List<UUID> next) {
        return new CanvasNote(id, block, text, color, position, evidence, next);
    }

    public CanvasNote withText(String next) {
        return new CanvasNote(id, block, next, color, position, evidence, linkedRiskIds);
    }

    public CanvasNote withColor(NoteColor next) {
        return new CanvasNote(id, block, text, next, position, evidence, linkedRiskIds);
    }

    public CanvasNote withEvidence(Evidence next) {
        return new CanvasNote(id, block, text, color, position, next, linkedRiskIds);
    }

    /** The note at another place: a block and its position there. */
    public CanvasNote withPlace(CanvasBlock nextBlock, int nextPosition) {
        return new CanvasNote(id, nextBlock, text, color, nextPosition, evidence, linkedRiskIds);
    }
}
