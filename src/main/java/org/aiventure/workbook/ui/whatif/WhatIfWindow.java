package org.aiventure.workbook.ui.whatif;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aiventure.workbook.ui.common.Theme;

/**
 * The what-if window, modal to the main window: while a scenario is open the project cannot change under it,
 * so Apply turns exactly what the founder saw into edits.
 */
public final class WhatIfWindow {

    private WhatIfWindow() {
    }

    public static Stage show(Window owner, WhatIfViewModel model, Theme theme) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(model.i18n().text("whatif.window", model.project().name()));
        Scene scene = new Scene(new WhatIfView(model, stage::close), 1100, 720);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
