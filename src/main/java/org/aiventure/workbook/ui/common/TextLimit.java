package org.aiventure.workbook.ui.common;

import java.util.function.UnaryOperator;
import javafx.scene.control.TextFormatter;

/**
 * Keeps a text within the file format's limit, counted in code points: what is typed or pasted beyond it is
 * cut off rather than refused, so a long paste keeps what fits.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** A formatter for a control whose text may hold at most {@code max} code points. */
    public static TextFormatter<String> of(int max) {
        UnaryOperator<TextFormatter.Change> filter = change -> {
            if (!change.isContentChange()) {
                return change;
            }
            String next = change.getControlNewText();
            int over = next.codePointCount(0, next.length()) - max;
            if (over <= 0) {
                return change;
            }
            String added = change.getText();
            int keep = added.codePointCount(0, added.length()) - over;
            if (keep <= 0) {
                return null;
            }
            change.setText(added.substring(0, added.offsetByCodePoints(0, keep)));
            return change;
        };
        return new TextFormatter<>(filter);
    }
}
