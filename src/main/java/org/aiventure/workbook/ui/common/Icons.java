package org.aiventure.workbook.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;

/** Icons from Ikonli's Feather pack at the app's one size, so every toolbar and menu matches. */
public final class Icons {

    private Icons() {
    }

    /**
     * Loads the icon font on a thread of its own; call once the toolkit is up (it is a JavaFX font). Otherwise the
     * first icon loads it, and Ikonli's icon packs, on the FX thread while the first window is composed (~40 ms);
     * an icon made meanwhile waits for the load to finish.
     */
    public static void loadInBackground() {
        Thread loader = new Thread(IkonResolver::getInstance, "icon-font-loader");
        loader.setDaemon(true);
        loader.start();
    }

    public static FontIcon of(Ikon icon) {
        FontIcon node = new FontIcon(icon);
        node.getStyleClass().add("app-icon");
        return node;
    }
}
