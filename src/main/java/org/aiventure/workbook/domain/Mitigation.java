package org.aiventure.workbook.domain;

import java.util.UUID;

/**
 * A step that reduces a risk: a control from the knowledge base ({@code controlId}) or a custom one
 * ({@code controlId} null). {@code effectiveness} is the share of the risk's score it removes once done.
 */
public record Mitigation(UUID id, String controlId, String title, MitigationState state, int effectiveness) {
    public Mitigation {
        Checks.present("mitigation id", id);
        Checks.text("mitigation title", title, 1, Limits.TITLE);
        Checks.present("mitigation state", state);
        Checks.range("mitigation effectiveness", effectiveness, 0, Limits.MAX_EFFECTIVENESS);
    }

    public Mitigation withState(MitigationState next) {
        return new Mitigation(id, controlId, title, next, effectiveness);
    }

    public Mitigation withEffectiveness(int next) {
        return new Mitigation(id, controlId, title, state, next);
    }

    public Mitigation withTitle(String next) {
        return new Mitigation(id, controlId, next, state, effectiveness);
    }
}
