package org.aiventure.workbook.ui.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scenario.ScoreComparison;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.FindingText;

/**
 * The pieces a before-and-after view is made of (the what-if window, the compare window): a table of scores
 * with their change, two columns side by side, lists of lines and of findings that say "none" when empty.
 */
public final class ComparisonParts {

    private final I18n i18n;

    public ComparisonParts(I18n i18n) {
        this.i18n = i18n;
    }

    /** A score table with its heading row: what, before, after, change; {@link #scoreRow} adds the rows. */
    public GridPane scores(String id, String beforeName, String afterName) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("scenario-scores");
        grid.addRow(0, columnHeading(""), columnHeading(beforeName), columnHeading(afterName),
                columnHeading(i18n.get("whatif.change")));
        return grid;
    }

    /** One score: its name, before, after and the signed change (labelled {@code deltaId}); row 1 is overall. */
    public void scoreRow(GridPane grid, int row, String deltaId, String name, String before, String after,
                         BigDecimal delta) {
        Label label = new Label(name);
        if (row == 1) {
            label.getStyleClass().add("scenario-overall");
        }
        Label change = new Label(ScoreComparison.signed(delta));
        change.setId(deltaId);
        change.getStyleClass().add(delta.signum() > 0 ? "delta-up" : delta.signum() < 0 ? "delta-down" : "delta-same");
        grid.addRow(row, label, new Label(before), new Label(after), change);
    }

    /** Two columns of equal width under their headings. */
    public GridPane twoColumns(String id, String left, String right) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("scenario-columns");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.addRow(0, columnHeading(left), columnHeading(right));
        return grid;
    }

    /** One wrapped line per item, each styled {@code styleClass} (none when null); "none" when empty. */
    public <T> VBox lines(List<T> items, Function<T, String> text, String id, String styleClass) {
        VBox box = new VBox(4);
        box.setId(id);
        for (T item : items) {
            Label line = new Label(text.apply(item));
            line.setWrapText(true);
            if (styleClass != null) {
                line.getStyleClass().add(styleClass);
            }
            box.getChildren().add(line);
        }
        if (items.isEmpty()) {
            box.getChildren().add(muted(i18n.get("whatif.none")));
        }
        return box;
    }

    /** The findings, each with its severity's dot; "none" when empty. */
    public VBox findingList(List<Finding> findings, String id, KnowledgeBase kb, Language lang) {
        VBox box = new VBox(6);
        box.setId(id);
        findings.forEach(f -> box.getChildren().add(findingLine(f, kb, lang, null)));
        if (findings.isEmpty()) {
            box.getChildren().add(muted(i18n.get("whatif.none")));
        }
        return box;
    }

    /** A finding with its severity's dot, and {@code note} after it unless null. */
    public Node findingLine(Finding f, KnowledgeBase kb, Language lang, String note) {
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll("severity-dot", "severity-" + f.severity().name().toLowerCase(Locale.ROOT));
        String severity = i18n.get("severity." + f.severity());
        Label text = new Label(severity + " · " + FindingText.message(f, kb, lang) + (note == null ? "" : " " + note));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, dot, text);
        line.setAlignment(Pos.TOP_LEFT);
        HBox.setMargin(dot, new Insets(4, 0, 0, 0));
        HBox.setHgrow(text, Priority.ALWAYS);
        return line;
    }

    public static Label columnHeading(String text) {
        return Labels.styled(text, "scenario-column-heading");
    }

    public static Label muted(String text) {
        return Labels.styled(text, "text-muted");
    }
}
