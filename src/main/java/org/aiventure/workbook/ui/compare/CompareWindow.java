package org.aiventure.workbook.ui.compare;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aiventure.workbook.ui.common.Theme;

/** The compare window, owned by the main window; it only reads, so it need not be modal. */
public final class CompareWindow {

    private CompareWindow() {
    }

    public static Stage show(Window owner, CompareViewModel model, Theme theme) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(model.i18n().text("compare.window", model.project().name()));
        Scene scene = new Scene(new CompareView(model, stage::close), 1100, 720);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
