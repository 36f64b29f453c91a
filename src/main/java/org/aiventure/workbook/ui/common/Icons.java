package org.aiventure.workbook.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from Ikonli's Feather pack at the app's one size, so every toolbar and menu matches. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon icon) {
        FontIcon node = new FontIcon(icon);
        node.getStyleClass().add("app-icon");
        return node;
    }
}
