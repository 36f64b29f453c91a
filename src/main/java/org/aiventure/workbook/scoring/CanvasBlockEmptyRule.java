package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.knowledge.CanvasBlockInfo;
import org.aiventure.workbook.knowledge.TextKeys;

/**
 * An empty canvas block. The blocks a business stands on (those the knowledge base weighs more than 1:
 * value propositions, customer segments, revenue streams) are MEDIUM, the others LOW.
 */
final class CanvasBlockEmptyRule implements Rule {

    @Override
    public String code() {
        return "CANVAS_BLOCK_EMPTY";
    }

    @Override
    public Area area() {
        return Area.CANVAS;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        int total = f.kb.canvasBlocks().stream().mapToInt(CanvasBlockInfo::weight).sum();
        for (CanvasBlockInfo info : f.kb.canvasBlocks()) {
            if (f.notes(info.block()).isEmpty()) {
                Severity severity = info.weight() > 1 ? Severity.MEDIUM : Severity.LOW;
                out.add(finding(severity, SubjectType.BLOCK, info.block().name(),
                        Message.of(key("message"), Arg.label(info.block()), Arg.number(info.weight()),
                                Arg.number(total)),
                        Message.of(key("fix"), Arg.label(info.block()),
                                new Arg.Knowledge(TextKeys.guidingQuestion(info.block(), 1)))));
            }
        }
    }
}
