package org.aiventure.workbook.ui.dashboard;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.scoring.Grade;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.advice.ActionList;
import org.aiventure.workbook.ui.advice.AdviceViewModel;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.risks.RiskHeatMap;

/**
 * The Dashboard page: the overall readiness as a gauge with its grade, the findings counted by severity, the
 * four areas (each opens to the terms of its score and links to its page), the heat map of the register and
 * the readiness over time with "Record snapshot", and, below, the next best actions. Narrow (the main window's centre, ~750 px) it stacks the
 * areas above the heat map and the chart; wide, the readiness and the areas take the left column and the
 * heat map and the chart the right.
 */
public final class DashboardView extends ScrollPane {

    private static final String CSS = "/org/aiventure/workbook/css/dashboard.css";
    /** From this width of the page the areas and the pictures sit side by side. */
    private static final double TWO_COLUMNS_FROM = 1100;

    private final DashboardViewModel model;
    private final I18n i18n;
    private final ScoreGauge gauge = new ScoreGauge();
    private final Label readinessTitle = new Label();
    private final Label readinessHint = new Label();
    private final Map<Severity, Label> severities = new EnumMap<>(Severity.class);
    private final Label areasTitle = new Label();
    private final Map<Area, AreaCard> cards = new EnumMap<>(Area.class);
    private final RiskHeatMap heatMap;
    private final Label heatMapHint = new Label();
    private final ReadinessTrend trend;
    private final VBox content = new VBox(18);
    private final VBox areasColumn = new VBox(8);
    private final VBox mapBox = new VBox(4);
    private final HBox header;
    private final ActionList actions;
    private Boolean twoColumns;

    public DashboardView(ProjectModel projects, I18n i18n, DialogService dialogs, Navigator navigator,
                         AdviceViewModel advice) {
        this(new DashboardViewModel(projects, i18n, dialogs, navigator), projects, i18n, advice);
    }

    /** With a view model built by the caller (a test fixes its clock and ids). */
    public DashboardView(DashboardViewModel model, ProjectModel projects, I18n i18n, AdviceViewModel advice) {
        this.model = model;
        this.actions = new ActionList(advice, i18n);
        this.i18n = i18n;
        getStylesheets().add(DashboardView.class.getResource(CSS).toExternalForm());
        getStyleClass().add("dashboard");
        setId("dashboard");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        gauge.setId("dashboard-gauge");
        readinessTitle.getStyleClass().add("title-3");
        readinessHint.getStyleClass().add("dashboard-note");
        readinessHint.setWrapText(true);
        FlowPane chips = new FlowPane(8, 6);
        for (Severity s : Severity.values()) {
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("severity-dot", "severity-" + s.name().toLowerCase(Locale.ROOT));
            Label chip = new Label("", dot);
            chip.setId("dashboard-severity-" + s.name().toLowerCase(Locale.ROOT));
            chip.getStyleClass().add("severity-chip");
            severities.put(s, chip);
            chips.getChildren().add(chip);
        }
        VBox readinessText = new VBox(6, readinessTitle, readinessHint, chips);
        HBox.setHgrow(readinessText, Priority.ALWAYS);
        header = new HBox(20, gauge, readinessText);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().addAll("dashboard-card", "dashboard-readiness");

        areasTitle.getStyleClass().add("dashboard-section-title");
        areasColumn.getChildren().add(areasTitle);
        for (Area area : Area.values()) {
            AreaCard card = new AreaCard(area, i18n, () -> model.open(area));
            cards.put(area, card);
            areasColumn.getChildren().add(card);
        }

        actions.setId("dashboard-actions");
        actions.getStyleClass().add("dashboard-card");

        heatMap = new RiskHeatMap(i18n, projects::knowledge);
        heatMap.setId("dashboard-heat-map");
        heatMap.dataProperty().bind(model.heatMapProperty());
        heatMap.modeProperty().bindBidirectional(model.mapModeProperty());
        heatMap.setOnCellClicked(cell -> model.openRisks());
        heatMapHint.getStyleClass().add("dashboard-note");
        heatMapHint.setWrapText(true);
        heatMapHint.setMaxWidth(260);
        mapBox.getChildren().addAll(heatMap, heatMapHint);
        mapBox.getStyleClass().add("dashboard-card");
        mapBox.setMaxHeight(USE_PREF_SIZE);
        // the heat map keeps its width (its mode toggles and cells); the chart takes what is left
        mapBox.setMinWidth(USE_PREF_SIZE);

        trend = new ReadinessTrend(i18n, projects::knowledge, ZoneId.systemDefault(), model::recordSnapshot);
        trend.getStyleClass().add("dashboard-card");

        content.getStyleClass().add("dashboard-content");
        setContent(content);
        widthProperty().addListener((obs, old, now) -> arrange());
        arrange();

        model.overallProperty().addListener((obs, old, now) -> showReadiness());
        model.gradeProperty().addListener((obs, old, now) -> showReadiness());
        model.severityCountsProperty().addListener((obs, old, now) -> showSeverities());
        model.areasProperty().addListener((obs, old, now) -> showAreas(now));
        model.snapshotsProperty().addListener((obs, old, now) -> trend.show(now));
        i18n.languageProperty().addListener((obs, old, now) -> relabel());
        showAreas(model.areasProperty().get());
        trend.show(model.snapshotsProperty().get());
        relabel();
    }

    public DashboardViewModel viewModel() {
        return model;
    }

    /** The trend card, whose chart a test counts the points of. */
    ReadinessTrend trend() {
        return trend;
    }

    private void arrange() {
        boolean wide = getWidth() >= TWO_COLUMNS_FROM;
        if (twoColumns != null && twoColumns == wide) {
            return;
        }
        twoColumns = wide;
        if (wide) {
            // the readiness joins the areas on the left, so the heat map and the whole chart fit beside them
            VBox left = new VBox(18, header, areasColumn);
            VBox pictures = new VBox(18, mapBox, trend);
            pictures.setMinWidth(520);
            pictures.setPrefWidth(560);
            HBox.setHgrow(left, Priority.ALWAYS);
            content.getChildren().setAll(new HBox(18, left, pictures), actions);
        } else {
            HBox.setHgrow(trend, Priority.ALWAYS);
            content.getChildren().setAll(header, areasColumn, new HBox(18, mapBox, trend), actions);
        }
    }

    private void relabel() {
        readinessTitle.setText(i18n.get("dashboard.readiness.title"));
        readinessHint.setText(i18n.get("dashboard.readiness.hint"));
        areasTitle.setText(i18n.get("dashboard.areas.title"));
        heatMapHint.setText(i18n.get("dashboard.map.hint"));
        showReadiness();
        showSeverities();
        trend.render();
    }

    private void showReadiness() {
        Grade grade = model.gradeProperty().get();
        BigDecimal overall = model.overallProperty().get();
        gauge.valueProperty().set(overall);
        gauge.gradeProperty().set(grade);
        gauge.captionProperty().set(grade == null ? "" : i18n.get("dashboard.grade", grade.name()));
        // the two properties change one after the other: between them one may be null
        gauge.setAccessibleText(grade == null || overall == null ? null
                : i18n.get("dashboard.gauge.accessible", overall.toPlainString(), grade.name()));
    }

    private void showSeverities() {
        Map<Severity, Integer> counts = model.severityCountsProperty().get();
        severities.forEach((s, chip) -> chip.setText(i18n.get("dashboard.severity.chip",
                i18n.get("severity." + s.name()), counts.getOrDefault(s, 0))));
    }

    private void showAreas(List<AreaSummary> areas) {
        for (AreaSummary a : areas) {
            cards.get(a.area()).show(a);
        }
    }
}
