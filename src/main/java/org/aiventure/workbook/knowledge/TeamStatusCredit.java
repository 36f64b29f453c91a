package org.aiventure.workbook.knowledge;

import java.math.BigDecimal;
import java.util.Objects;
import org.aiventure.workbook.domain.TeamStatus;

/**
 * What a team entry's status is worth to the scoring engine. The credit is an exact decimal (read from a
 * JSON string, never a double) because scoring.md computes with exact fractions.
 */
public record TeamStatusCredit(TeamStatus status, BigDecimal credit, boolean inPlace) {

    public TeamStatusCredit {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(credit, "credit");
    }
}
