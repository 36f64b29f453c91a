package org.aiventure.workbook.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The look: AtlantaFX Primer as the user-agent stylesheet (light or dark) plus the app's own small
 * stylesheet of looked-up colours, added to every scene by {@link #style}.
 */
public final class Theme {

    /** The two themes the View menu offers. */
    public enum Mode { LIGHT, DARK }

    private static final String APP_CSS = "/org/aiventure/workbook/css/app.css";

    // The user-agent stylesheet is one for the whole app; set on the FX thread only.
    private static String applied;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.LIGHT);

    public Theme() {
        mode.addListener((obs, old, now) -> apply(now));
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Sets the user-agent stylesheet for the current mode; call once on the FX thread at start. */
    public void applyCurrent() {
        apply(mode.get());
    }

    /**
     * Loads the stylesheet of {@code m} on the FX thread while the caller goes on: at start-up, before the first
     * window is composed, so the stylesheet (a large one) loads while the launcher's thread loads the fonts.
     * {@link #applyCurrent} in the same mode then has nothing left to do.
     */
    public static void preload(Mode m) {
        Platform.runLater(() -> apply(m));
    }

    /** Adds the app stylesheet to a scene (the main window and every dialog). */
    public void style(javafx.scene.Scene scene) {
        String css = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    private static void apply(Mode m) {
        String url = m == Mode.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        if (!url.equals(applied)) {
            Application.setUserAgentStylesheet(url);
            applied = url;
        }
    }
}
