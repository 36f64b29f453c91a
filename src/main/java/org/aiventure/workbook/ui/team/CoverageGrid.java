package org.aiventure.workbook.ui.team;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.TextAlignment;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * Who answers for which risk category: categories down, team entries across, a dot where an entry covers a
 * category (filled when the entry is in place, hollow when not). A row in alarm (a HIGH or CRITICAL open
 * risk and nobody in place for it) is tinted red and says so in words beside the category. The categories
 * stay put while the people scroll sideways, so the grid fits a narrow page however big the team grows.
 * It owns its look ({@code coverage-grid.css}) and draws whatever {@link CoverageData} it is given.
 */
public final class CoverageGrid extends VBox {

    private static final String CSS = "/org/aiventure/workbook/css/coverage-grid.css";
    static final double ROW_HEIGHT = 40;
    /** A row in alarm has its marker under the category's name, so it is taller. */
    static final double ALARM_ROW_HEIGHT = 64;
    static final double HEADER_HEIGHT = 84;
    static final double LABEL_WIDTH = 250;
    static final double COLUMN_WIDTH = 116;
    private static final double DOT_RADIUS = 6;

    private final I18n i18n;
    private final GridPane categories = new GridPane();
    private final GridPane people = new GridPane();
    private final ScrollPane peopleScroll = new ScrollPane(people);
    private final Label empty = new Label();
    private CoverageData data = CoverageData.EMPTY;

    public CoverageGrid(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("coverage-grid");
        getStylesheets().add(CoverageGrid.class.getResource(CSS).toExternalForm());
        setSpacing(10);

        categories.getStyleClass().add("coverage-categories");
        people.getStyleClass().add("coverage-people");
        peopleScroll.getStyleClass().addAll("coverage-scroll", "edge-to-edge");
        peopleScroll.setFitToHeight(true);
        peopleScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        peopleScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        peopleScroll.setMinWidth(COLUMN_WIDTH);
        HBox.setHgrow(peopleScroll, Priority.ALWAYS);
        empty.getStyleClass().addAll("text-muted", "coverage-empty");
        empty.setWrapText(true);
        HBox table = new HBox(categories, peopleScroll);
        table.getStyleClass().add("coverage-table");

        FlowPane legend = new FlowPane(18, 6, legendItem(dot(true), "team.coverage.legend.inPlace"),
                legendItem(dot(false), "team.coverage.legend.notInPlace"),
                legendItem(swatch(), "team.coverage.legend.alarm"));
        legend.getStyleClass().add("coverage-legend");
        getChildren().addAll(table, legend);
        i18n.languageProperty().addListener((obs, old, now) -> draw());
        draw();
    }

    public CoverageData getData() {
        return data;
    }

    public void setData(CoverageData next) {
        data = next == null ? CoverageData.EMPTY : next;
        draw();
    }

    private void draw() {
        categories.getChildren().clear();
        people.getChildren().clear();
        categories.add(cell(header(i18n.get("team.coverage.category")), LABEL_WIDTH, HEADER_HEIGHT,
                "coverage-header"), 0, 0);
        for (int c = 0; c < data.columns().size(); c++) {
            people.add(cell(columnHeader(data.columns().get(c)), COLUMN_WIDTH, HEADER_HEIGHT, "coverage-header"),
                    c, 0);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            CoverageData.Row row = data.rows().get(r);
            String[] classes = row.inAlarm() ? new String[] {"coverage-row", "alarm"}
                    : new String[] {"coverage-row", r % 2 == 0 ? "even" : "odd"};
            double height = row.inAlarm() ? ALARM_ROW_HEIGHT : ROW_HEIGHT;
            Label label = new Label(row.label());
            label.setWrapText(true);
            label.getStyleClass().add("coverage-category");
            label.setTooltip(tooltip(row.inAlarm() ? row.label() + "\n\n" + row.alarmDetail() : row.label()));
            VBox category = new VBox(3, label);
            category.setAlignment(Pos.CENTER_LEFT);
            if (row.inAlarm()) {
                category.getChildren().add(marker(row));
            }
            StackPane labelCell = cell(category, LABEL_WIDTH, height, classes);
            labelCell.setId("coverage-row-" + row.key());
            categories.add(labelCell, 0, r + 1);
            for (int c = 0; c < data.columns().size(); c++) {
                CoverageData.Column column = data.columns().get(c);
                Node content = new Region();
                if (row.coveredBy().contains(column.id())) {
                    Circle dot = dot(column.inPlace());
                    Tooltip.install(dot, tooltip(i18n.get(column.inPlace() ? "team.coverage.cell.inPlace"
                            : "team.coverage.cell.notInPlace", column.title(), row.label(), column.status())));
                    content = dot;
                }
                people.add(cell(content, COLUMN_WIDTH, height, classes), c, r + 1);
            }
        }
        if (data.columns().isEmpty()) {
            empty.setText(i18n.get("team.coverage.empty"));
            StackPane placeholder = new StackPane(empty);
            placeholder.setAlignment(Pos.TOP_LEFT);
            placeholder.getStyleClass().add("coverage-placeholder");
            peopleScroll.setContent(placeholder);
        } else {
            peopleScroll.setContent(people);
        }
        double width = data.columns().size() * COLUMN_WIDTH;
        peopleScroll.setPrefViewportWidth(width == 0 ? 2 * COLUMN_WIDTH : width);
        peopleScroll.setPrefViewportHeight(HEADER_HEIGHT + data.rows().stream()
                .mapToDouble(r -> r.inAlarm() ? ALARM_ROW_HEIGHT : ROW_HEIGHT).sum());
    }

    private Node columnHeader(CoverageData.Column column) {
        Label title = new Label(column.title());
        title.getStyleClass().add("coverage-person-title");
        title.setWrapText(true);
        title.setMaxHeight(36);
        title.setMaxWidth(COLUMN_WIDTH - 12);
        Label person = new Label(column.person());
        person.getStyleClass().addAll("coverage-person", "text-muted");
        person.setMaxWidth(COLUMN_WIDTH - 12);
        Label status = new Label(column.status());
        status.setMaxWidth(COLUMN_WIDTH - 10);
        status.setWrapText(true);
        status.setTextAlignment(TextAlignment.CENTER);
        status.getStyleClass().addAll("coverage-status", column.inPlace() ? "in-place" : "not-in-place");
        VBox box = new VBox(1, title, status);
        if (!column.person().isBlank()) {
            box.getChildren().add(1, person);
        }
        box.setAlignment(Pos.BOTTOM_CENTER);
        Tooltip.install(box, tooltip(column.person().isBlank() ? column.title() + "\n" + column.status()
                : column.title() + "\n" + column.person() + "\n" + column.status()));
        return box;
    }

    private Node marker(CoverageData.Row row) {
        Label marker = new Label(row.alarm(), Icons.of(Feather.ALERT_TRIANGLE));
        marker.getStyleClass().add("coverage-marker");
        marker.setTooltip(tooltip(row.alarmDetail()));
        return marker;
    }

    private Node header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("coverage-header-text");
        VBox box = new VBox(label);
        box.setAlignment(Pos.BOTTOM_LEFT);
        return box;
    }

    private static StackPane cell(Node content, double width, double height, String... classes) {
        StackPane cell = new StackPane(content);
        cell.getStyleClass().add("coverage-cell");
        cell.getStyleClass().addAll(classes);
        cell.setMinSize(width, height);
        cell.setPrefSize(width, height);
        cell.setMaxSize(width, height);
        return cell;
    }

    private static Circle dot(boolean inPlace) {
        Circle dot = new Circle(DOT_RADIUS);
        dot.getStyleClass().addAll("coverage-dot", inPlace ? "in-place" : "not-in-place");
        return dot;
    }

    private static Region swatch() {
        Region swatch = new Region();
        swatch.getStyleClass().add("coverage-swatch");
        swatch.setMinSize(16, 12);
        swatch.setMaxSize(16, 12);
        return swatch;
    }

    private HBox legendItem(Node symbol, String key) {
        Label text = new Label();
        text.textProperty().bind(i18n.text(key));
        text.getStyleClass().add("text-muted");
        HBox item = new HBox(6, symbol, text);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }
}
