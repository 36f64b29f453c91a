package org.aiventure.workbook.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
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

    /** Adds the app stylesheet to a scene (the main window and every dialog). */
    public void style(javafx.scene.Scene scene) {
        String css = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    private static void apply(Mode m) {
        Application.setUserAgentStylesheet(m == Mode.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
