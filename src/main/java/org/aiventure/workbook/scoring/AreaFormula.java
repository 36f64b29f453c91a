package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import org.aiventure.workbook.domain.Area;

/** One of scoring.md's four area formulas, with the area's weight in the overall readiness. */
interface AreaFormula {

    Area area();

    /** The area's factor in the overall readiness (0.40 for RISKS). */
    BigDecimal weight();

    AreaScore score(ProjectFacts facts);
}
