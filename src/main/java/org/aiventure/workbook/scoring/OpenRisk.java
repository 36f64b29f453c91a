package org.aiventure.workbook.scoring;

import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Treatment;

/**
 * An OPEN risk with what several rules and the T and O terms ask of it, worked out once.
 * {@code subjectId} is the risk id as findings print it.
 */
record OpenRisk(Risk risk, RiskScore score, boolean validAcceptance, boolean ownerInPlace, String subjectId) {

    /** Treatments that promise to lower the risk, so mitigations are expected (MITIGATE, TRANSFER, AVOID). */
    boolean isTreated() {
        return risk.treatment() != Treatment.ACCEPT;
    }
}
