package org.aiventure.workbook.ui.common;

import javafx.scene.control.Label;

/** A label with its text and style classes in one call, for views that build many small ones. */
public final class Labels {

    private Labels() {
    }

    public static Label styled(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }
}
