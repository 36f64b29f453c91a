package org.aiventure.workbook.scoring;

import java.time.LocalDate;
import java.util.Optional;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.Risk;

/** Why an accepted risk's acceptance does not count (scoring.md's "valid acceptance"), one message each. */
enum AcceptanceProblem {
    /** No acceptance recorded at all. */
    MISSING,
    /** An acceptance whose rationale is empty or only White_Space. */
    BLANK,
    /** An acceptance whose expiry lies before the assessment date. */
    EXPIRED;

    /** What is wrong with an ACCEPT risk's acceptance on {@code asOf}; empty when it is valid. */
    static Optional<AcceptanceProblem> of(Risk risk, LocalDate asOf) {
        Acceptance a = risk.acceptance();
        if (a == null) {
            return Optional.of(MISSING);
        } else if (Checks.isBlank(a.rationale())) {
            return Optional.of(BLANK);
        } else if (a.expires() != null && a.expires().isBefore(asOf)) {
            return Optional.of(EXPIRED);
        }
        return Optional.empty();
    }
}
