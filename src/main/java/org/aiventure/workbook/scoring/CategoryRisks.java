package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Risk;

/**
 * The OPEN risks of one category as the category rules see them: the first in file order (to name as an
 * example), the one of highest inherent score, and the best mitigation credit per control used.
 */
final class CategoryRisks {

    private final Risk first;
    private Risk worst;
    private final Map<String, BigDecimal> bestCredit = new HashMap<>();

    CategoryRisks(Risk first) {
        this.first = first;
        this.worst = first;
    }

    void add(Risk risk) {
        if (risk.inherent() > worst.inherent()) {
            worst = risk;
        }
        for (Mitigation m : risk.mitigations()) {
            if (m.controlId() != null) {
                bestCredit.merge(m.controlId(), Credits.of(m.state()), BigDecimal::max);
            }
        }
    }

    Risk first() {
        return first;
    }

    Risk worst() {
        return worst;
    }

    /** The best credit among this category's mitigations that use the control, or null when none does. */
    BigDecimal bestCredit(String control) {
        return bestCredit.get(control);
    }
}
