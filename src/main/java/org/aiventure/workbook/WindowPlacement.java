package org.aiventure.workbook;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.aiventure.workbook.session.Settings;

/** The main window's size and place, remembered between runs, and kept on a screen that still exists. */
final class WindowPlacement {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private static final double MIN_WIDTH = 1024;
    private static final double MIN_HEIGHT = 700;

    private WindowPlacement() {
    }

    static void restore(Stage stage, Settings settings) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        double w = Math.max(MIN_WIDTH, settings.number("window.width", WIDTH));
        double h = Math.max(MIN_HEIGHT, settings.number("window.height", HEIGHT));
        stage.setWidth(w);
        stage.setHeight(h);
        double x = settings.number("window.x", Double.NaN);
        double y = settings.number("window.y", Double.NaN);
        // A window remembered on a monitor that is gone would open out of sight: centre it instead.
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized").orElse("false")));
    }

    static void remember(Stage stage, Settings settings) {
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put("window.width", Double.toString(stage.getWidth()));
            settings.put("window.height", Double.toString(stage.getHeight()));
            settings.put("window.x", Double.toString(stage.getX()));
            settings.put("window.y", Double.toString(stage.getY()));
        }
    }
}
