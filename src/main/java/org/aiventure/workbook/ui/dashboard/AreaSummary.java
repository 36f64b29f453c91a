package org.aiventure.workbook.ui.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.aiventure.workbook.domain.Area;

/**
 * An area card of the dashboard: the area's name, its printed score, its formula written out ("Risks 62.5 =
 * 100 × (0.3·C + …)") and the terms that make it, all in the current language.
 */
public record AreaSummary(Area area, String name, BigDecimal score, String formula, List<TermRow> terms) {

    public AreaSummary {
        terms = List.copyOf(terms);
    }
}
