package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Evidence;

/** A canvas note that evidence has disproved but that still stands on the canvas. */
final class CanvasInvalidatedNoteRule implements Rule {

    @Override
    public String code() {
        return "CANVAS_INVALIDATED_NOTE";
    }

    @Override
    public Area area() {
        return Area.CANVAS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (CanvasNote n : f.project.canvas()) {
            if (n.evidence() == Evidence.INVALIDATED) {
                out.add(finding(Severity.LOW, SubjectType.CANVAS_ITEM, n.id().toString(),
                        Message.of(key("message"), Arg.text(n.text()), Arg.label(n.block())),
                        Message.of(key("fix"), Arg.text(n.text()), Arg.label(n.block()))));
            }
        }
    }
}
