package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.MitigationState;

/**
 * The credits scoring.md itself fixes: what a mitigation's state is worth to control coverage and what a
 * canvas note's evidence is worth. (A team entry's credit is knowledge-base data: {@code KnowledgeBase.credit}.)
 */
public final class Credits {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Credits() {
    }

    /** VERIFIED or IMPLEMENTED 1, IN_PROGRESS 0.5, PLANNED 0.25. */
    public static BigDecimal of(MitigationState state) {
        return switch (state) {
            case VERIFIED, IMPLEMENTED -> BigDecimal.ONE;
            case IN_PROGRESS -> HALF;
            case PLANNED -> QUARTER;
        };
    }

    /** VALIDATED 1, TESTING 0.5, HYPOTHESIS and INVALIDATED 0. */
    static BigDecimal of(Evidence evidence) {
        return switch (evidence) {
            case VALIDATED -> BigDecimal.ONE;
            case TESTING -> HALF;
            case HYPOTHESIS, INVALIDATED -> BigDecimal.ZERO;
        };
    }

    /** Whether a mitigation in this state already lowers its risk's residual. */
    static boolean isDone(MitigationState state) {
        return state == MitigationState.IMPLEMENTED || state == MitigationState.VERIFIED;
    }
}
