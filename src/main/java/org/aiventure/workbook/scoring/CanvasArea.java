package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.knowledge.CanvasBlockInfo;

/** CANVAS = 100 × (0.8·F + 0.2·E), block weights from the knowledge base. */
final class CanvasArea implements AreaFormula {

    @Override
    public Area area() {
        return Area.CANVAS;
    }

    @Override
    public BigDecimal weight() {
        return new BigDecimal("0.20");
    }

    @Override
    public AreaScore score(ProjectFacts f) {
        long filled = 0;
        long total = 0;
        for (CanvasBlockInfo info : f.kb.canvasBlocks()) {
            total += info.weight();
            if (!f.notes(info.block()).isEmpty()) {
                filled += info.weight();
            }
        }
        BigDecimal evidence = BigDecimal.ZERO;
        for (CanvasNote n : f.project.canvas()) {
            evidence = evidence.add(Credits.of(n.evidence()));
        }
        return AreaScore.of(Area.CANVAS, Term.of(TermName.F, "0.8", filled, total, Fraction.ZERO),
                Term.of(TermName.E, "0.2", evidence, BigDecimal.valueOf(f.project.canvas().size()), Fraction.ZERO));
    }
}
