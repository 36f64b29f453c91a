package org.aiventure.workbook.knowledge;

import java.util.Objects;
import org.aiventure.workbook.domain.CanvasBlock;

/** A canvas block and its weight in the canvas score (the blocks a business stands on weigh double). */
public record CanvasBlockInfo(CanvasBlock block, int weight) {

    public CanvasBlockInfo {
        Objects.requireNonNull(block, "block");
    }
}
