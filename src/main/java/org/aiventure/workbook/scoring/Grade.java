package org.aiventure.workbook.scoring;

import java.math.BigDecimal;

/** The letter of the overall readiness, given on the printed (rounded) overall score. */
public enum Grade {
    A, B, C, D;

    private static final BigDecimal A_FROM = BigDecimal.valueOf(85);
    private static final BigDecimal B_FROM = BigDecimal.valueOf(70);
    private static final BigDecimal C_FROM = BigDecimal.valueOf(50);

    public static Grade of(BigDecimal overall) {
        if (overall.compareTo(A_FROM) >= 0) {
            return A;
        } else if (overall.compareTo(B_FROM) >= 0) {
            return B;
        } else if (overall.compareTo(C_FROM) >= 0) {
            return C;
        }
        return D;
    }
}
