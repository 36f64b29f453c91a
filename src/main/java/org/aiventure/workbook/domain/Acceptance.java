package org.aiventure.workbook.domain;

import java.time.LocalDate;

/** Why an accepted risk is accepted, and until when; {@code expires} may be null (no expiry). */
public record Acceptance(String rationale, LocalDate expires) {
    public Acceptance {
        Checks.text("acceptance rationale", rationale, 0, Limits.LONG_TEXT);
    }
}
