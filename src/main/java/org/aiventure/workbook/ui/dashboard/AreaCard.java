package org.aiventure.workbook.ui.dashboard;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.ui.common.I18n;

/**
 * An area of the dashboard: its name, printed score and a bar in the title; opened, its formula and the terms
 * that make it ("C 6/7 … weight 0.3 … 25.7 of 30"), so a founder sees why the score is what it is. The
 * "Open" button in the title goes to the page where the area is worked on.
 */
final class AreaCard extends TitledPane {

    /** The width the arrow and padding of a titled pane take beside its title graphic. */
    private static final double TITLE_CHROME = 44;

    private final I18n i18n;
    private final Label name = new Label();
    private final Label score = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Button open = new Button();
    private final Label formula = new Label();
    private final GridPane terms = new GridPane();

    AreaCard(Area area, I18n i18n, Runnable onOpen) {
        this.i18n = i18n;
        String id = "dashboard-area-" + area.name().toLowerCase(Locale.ROOT);
        setId(id);
        getStyleClass().add("area-card");
        setExpanded(false);
        setAnimated(false);
        name.getStyleClass().add("area-card-name");
        score.getStyleClass().add("area-card-score");
        score.setId(id + "-score");
        bar.getStyleClass().add("area-card-bar");
        bar.setFocusTraversable(false);
        open.setId(id + "-open");
        open.getStyleClass().addAll("flat", "small", "area-card-open");
        open.setOnAction(e -> onOpen.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox title = new HBox(10, name, score, bar, spacer, open);
        title.setAlignment(Pos.CENTER_LEFT);
        title.prefWidthProperty().bind(widthProperty().subtract(TITLE_CHROME));
        setGraphic(title);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        formula.getStyleClass().add("area-card-formula");
        formula.setWrapText(true);
        terms.getStyleClass().add("area-card-terms");
        terms.setId(id + "-terms");
        ColumnConstraints meaning = new ColumnConstraints();
        meaning.setHgrow(Priority.ALWAYS);
        meaning.setMinWidth(140);
        terms.getColumnConstraints().addAll(new ColumnConstraints(), meaning, numeric(), numeric(), numeric(),
                numeric());
        setContent(new VBox(8, formula, terms));
    }

    void show(AreaSummary summary) {
        name.setText(summary.name());
        score.setText(summary.score().toPlainString());
        bar.setProgress(summary.score().doubleValue() / 100);
        formula.setText(summary.formula());
        open.setText(i18n.get("dashboard.area.open"));
        open.setTooltip(new Tooltip(i18n.get("dashboard.area.open.tooltip", summary.name())));
        setTooltip(new Tooltip(i18n.get("dashboard.area.tooltip", summary.name())));
        setAccessibleText(i18n.get("dashboard.area.accessible", summary.name(), summary.score().toPlainString()));
        terms.getChildren().clear();
        String[] headers = {"dashboard.term.symbol", "dashboard.term.meaning", "dashboard.term.counted",
            "dashboard.term.value", "dashboard.term.weight", "dashboard.term.pointsHeader"};
        for (int c = 0; c < headers.length; c++) {
            terms.add(cell(i18n.get(headers[c]), "area-term-header"), c, 0);
        }
        int row = 1;
        for (TermRow t : summary.terms()) {
            terms.add(cell(t.symbol(), "area-term-symbol"), 0, row);
            Label meaning = cell(t.meaning(), "area-term-meaning");
            meaning.setWrapText(true);
            meaning.setMinWidth(Region.USE_COMPUTED_SIZE);
            terms.add(meaning, 1, row);
            terms.add(cell(t.counted(), "area-term-number"), 2, row);
            terms.add(cell(t.value(), "area-term-number"), 3, row);
            terms.add(cell(t.weight(), "area-term-number"), 4, row);
            terms.add(cell(t.points(), "area-term-number"), 5, row);
            row++;
        }
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ColumnConstraints numeric() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHalignment(HPos.RIGHT);
        return c;
    }
}
