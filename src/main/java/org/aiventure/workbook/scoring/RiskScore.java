package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Treatment;

/**
 * The scores of one risk: {@code inherent} = likelihood × impact, {@code residual} after its implemented
 * mitigations, rounded half-up to one decimal (scale 1), and the band of each.
 */
public record RiskScore(UUID id, String code, int inherent, BigDecimal residual, Band band, Band residualBand) {

    /**
     * Residual = inherent × Π (1 − effectiveness/100) over IMPLEMENTED and VERIFIED mitigations, computed
     * exactly and rounded half-up once; an AVOIDed risk with any of them done is gone, residual 0.
     */
    public static RiskScore of(Risk risk) {
        BigDecimal residual = BigDecimal.valueOf(risk.inherent());
        boolean anyDone = false;
        for (Mitigation m : risk.mitigations()) {
            if (Credits.isDone(m.state())) {
                anyDone = true;
                // (100 − e) hundredths: an exact factor, so the product never rounds
                residual = residual.multiply(BigDecimal.valueOf(100 - m.effectiveness(), 2));
            }
        }
        if (anyDone && risk.treatment() == Treatment.AVOID) {
            residual = BigDecimal.ZERO;
        }
        residual = residual.setScale(1, RoundingMode.HALF_UP);
        return new RiskScore(risk.id(), risk.code(), risk.inherent(), residual, Band.of(risk.inherent()),
                Band.of(residual));
    }
}
