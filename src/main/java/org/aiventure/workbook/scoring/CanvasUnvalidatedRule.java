package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Stage;

/**
 * From the pilot on, what the venture offers and to whom must rest on evidence: VALUE_PROPOSITIONS or
 * CUSTOMER_SEGMENTS holding notes of which none is VALIDATED.
 */
final class CanvasUnvalidatedRule implements Rule {

    private static final List<CanvasBlock> BLOCKS = List.of(CanvasBlock.VALUE_PROPOSITIONS,
            CanvasBlock.CUSTOMER_SEGMENTS);

    @Override
    public String code() {
        return "CANVAS_UNVALIDATED";
    }

    @Override
    public Area area() {
        return Area.CANVAS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        if (f.project.stage().compareTo(Stage.PILOT) < 0) {
            return;
        }
        for (CanvasBlock block : BLOCKS) {
            List<CanvasNote> notes = f.notes(block);
            if (!notes.isEmpty() && notes.stream().noneMatch(n -> n.evidence() == Evidence.VALIDATED)) {
                out.add(finding(Severity.MEDIUM, SubjectType.BLOCK, block.name(),
                        Message.of(key("message"), Arg.label(block), Arg.label(f.project.stage())),
                        Message.of(key("fix"), Arg.label(block))));
            }
        }
    }
}
