package org.aiventure.workbook.ui.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The readiness over time: one point per snapshot, placed at its date (several on one day sit above each
 * other), the overall readiness as the strong line and the four areas as light ones; and the button that
 * records a snapshot. With fewer than two snapshots it says what a snapshot is, since a trend needs two.
 */
final class ReadinessTrend extends VBox {

    private static final double SECONDS_PER_DAY = 86_400;
    private static final int TICKS = 5;

    private final I18n i18n;
    private final Supplier<KnowledgeBase> knowledge;
    private final ZoneId zone;
    private final NumberAxis days = new NumberAxis();
    private final NumberAxis scores = new NumberAxis(0, 100, 20);
    private final LineChart<Number, Number> chart = new LineChart<>(days, scores);
    private final Label title = new Label();
    private final Label note = new Label();
    private final Button record = new Button();
    private List<Snapshot> shown = List.of();

    ReadinessTrend(I18n i18n, Supplier<KnowledgeBase> knowledge, ZoneId zone,
                   Runnable onRecord) {
        this.i18n = i18n;
        this.knowledge = knowledge;
        this.zone = zone;
        getStyleClass().add("readiness-trend");
        title.getStyleClass().add("dashboard-section-title");
        record.setId("dashboard-record-snapshot");
        record.setGraphic(Icons.of(Feather.CAMERA));
        record.setOnAction(e -> onRecord.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, record);
        header.setAlignment(Pos.CENTER_LEFT);
        note.setId("dashboard-trend-note");
        note.getStyleClass().add("dashboard-note");
        note.setWrapText(true);
        chart.setId("dashboard-trend-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(220);
        chart.setPrefHeight(260);
        days.setAutoRanging(false);
        days.setMinorTickVisible(false);
        scores.setMinorTickVisible(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(header, note, chart);
    }

    /** The chart's strong line: the overall readiness, one point per snapshot. */
    XYChart.Series<Number, Number> readinessSeries() {
        return chart.getData().isEmpty() ? new XYChart.Series<>() : chart.getData().get(0);
    }

    void show(List<Snapshot> snapshots) {
        this.shown = snapshots;
        render();
    }

    /** Relabels everything in the current language (the series names and the dates too). */
    void render() {
        title.setText(i18n.get("dashboard.trend.title"));
        record.setText(i18n.get("dashboard.snapshot.record"));
        record.setTooltip(new Tooltip(i18n.get("dashboard.snapshot.record.tooltip")));
        note.setText(shown.isEmpty() ? i18n.get("dashboard.trend.empty")
                : i18n.get("dashboard.trend.one"));
        note.setVisible(shown.size() < 2);
        note.setManaged(shown.size() < 2);
        chart.setVisible(!shown.isEmpty());
        chart.setManaged(!shown.isEmpty());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(i18n.language().locale());
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return dates.format(LocalDate.ofEpochDay((long) Math.floor(day.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the axis only prints dates");
            }
        });
        chart.getData().clear();
        if (shown.isEmpty()) {
            return;
        }
        range();
        chart.getData().add(series(i18n.get("dashboard.trend.overall"), Snapshot::overall));
        KnowledgeBase kb = knowledge.get();
        for (Area area : Area.values()) {
            String name = kb == null ? area.name() : kb.label(i18n.language(), area);
            chart.getData().add(series(name, s -> s.areas().get(area)));
        }
        // the symbols exist once the series is in the chart
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            for (int i = 0; i < series.getData().size(); i++) {
                Snapshot s = shown.get(i);
                XYChart.Data<Number, Number> point = series.getData().get(i);
                Tooltip.install(point.getNode(), new Tooltip(i18n.get("dashboard.trend.point", series.getName(),
                        String.valueOf(point.getYValue()), dates.format(LocalDate.ofInstant(s.takenAt(), zone)),
                        s.label().isBlank() ? "" : " · " + s.label())));
            }
        }
    }

    private XYChart.Series<Number, Number> series(String name, Function<Snapshot, BigDecimal> score) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (Snapshot s : shown) {
            series.getData().add(new XYChart.Data<>(day(s), score.apply(s)));
        }
        return series;
    }

    /** Whole days around the snapshots, with about five date ticks. */
    private void range() {
        double first = shown.stream().mapToDouble(this::day).min().orElse(0);
        double last = shown.stream().mapToDouble(this::day).max().orElse(0);
        double lower = Math.floor(first) - 1;
        double upper = Math.ceil(last) + 1;
        days.setLowerBound(lower);
        days.setUpperBound(upper);
        days.setTickUnit(Math.max(1, Math.ceil((upper - lower) / TICKS)));
    }

    /** A snapshot's moment in (fractional) local days since the epoch: the x of its point. */
    private double day(Snapshot s) {
        LocalDateTime local = LocalDateTime.ofInstant(s.takenAt(), zone);
        return local.toLocalDate().toEpochDay() + local.toLocalTime().toSecondOfDay() / SECONDS_PER_DAY;
    }
}
