package org.aiventure.workbook.ui.compare;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scenario.ProjectComparison;
import org.aiventure.workbook.scenario.RiskChanges;
import org.aiventure.workbook.scenario.ScoreComparison;
import org.aiventure.workbook.ui.common.ComparisonParts;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Labels;

/**
 * The compare window's content: a tab comparing the open project with another project or file (scores,
 * findings only one side has, risks matched by code) and a tab comparing two snapshots by their scores.
 */
public final class CompareView extends BorderPane {

    static final String CSS = "/org/aiventure/workbook/css/scenario.css";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CompareViewModel model;
    private final I18n i18n;
    private final ComparisonParts parts;
    private final VBox projectResults = new VBox(16);
    private final VBox snapshotResults = new VBox(16);
    private final ComboBox<ProjectSummary> other = new ComboBox<>();
    private final ComboBox<Snapshot> from = new ComboBox<>();
    private final ComboBox<Snapshot> to = new ComboBox<>();

    public CompareView(CompareViewModel model, Runnable close) {
        this.model = model;
        this.i18n = model.i18n();
        this.parts = new ComparisonParts(i18n);
        getStyleClass().add("scenario-window");
        getStylesheets().add(CompareView.class.getResource(CSS).toExternalForm());
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("compare-tab-projects", "compare.tab.projects", projectsPane()),
                tab("compare-tab-snapshots", "compare.tab.snapshots", snapshotsPane()));
        setCenter(tabs);
        Button closeButton = new Button();
        closeButton.setId("compare-close");
        closeButton.textProperty().bind(i18n.text("compare.close"));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox bar = new HBox(closeButton);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("scenario-buttons");
        setBottom(bar);
        model.comparisonProperty().addListener((obs, old, now) -> showProjects());
        model.snapshotComparisonProperty().addListener((obs, old, now) -> showSnapshots());
        i18n.languageProperty().addListener((obs, old, now) -> {
            showProjects();
            showSnapshots();
        });
        List<Snapshot> all = model.snapshotList();
        if (all.size() >= 2) {
            from.setValue(all.get(all.size() - 2));
            to.setValue(all.get(all.size() - 1));
        }
        showProjects();
        showSnapshots();
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(i18n.text(key));
        tab.setContent(content);
        return tab;
    }

    // ---- two projects --------------------------------------------------------------------------------

    private Node projectsPane() {
        other.setId("compare-other");
        other.getItems().setAll(model.otherProjects());
        other.setCellFactory(list -> summaryCell());
        other.setButtonCell(summaryCell());
        other.promptTextProperty().bind(i18n.text("compare.other.prompt"));
        other.setPrefWidth(280);
        Button compare = new Button();
        compare.setId("compare-run");
        compare.textProperty().bind(i18n.text("compare.run"));
        compare.disableProperty().bind(other.valueProperty().isNull().or(model.busyProperty()));
        compare.setOnAction(e -> model.compareWith(other.getValue()));
        Button file = new Button();
        file.setId("compare-file");
        file.textProperty().bind(i18n.text("compare.file"));
        file.disableProperty().bind(model.busyProperty());
        file.setOnAction(e -> model.compareWithFile());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label label = new Label();
        label.textProperty().bind(i18n.text("compare.with"));
        HBox choose = new HBox(10, label, other, compare, file, busy);
        choose.setAlignment(Pos.CENTER_LEFT);
        choose.getStyleClass().add("scenario-header");
        projectResults.getStyleClass().add("scenario-results");
        projectResults.setId("compare-results");
        BorderPane pane = new BorderPane(scroll(projectResults));
        pane.setTop(choose);
        return pane;
    }

    private ListCell<ProjectSummary> summaryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ProjectSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

    private void showProjects() {
        ProjectComparison c = model.comparisonProperty().get();
        projectResults.getChildren().clear();
        if (c == null) {
            projectResults.getChildren().add(hint("compare.projects.empty"));
            return;
        }
        KnowledgeBase kb = model.knowledge();
        Language lang = i18n.language();
        String mine = c.before().name();
        String theirs = model.otherNameProperty().get();
        projectResults.getChildren().add(scores("compare-scores", c.scores(), mine, theirs));
        GridPane findings = parts.twoColumns("compare-findings", i18n.get("compare.onlyIn", mine),
                i18n.get("compare.onlyIn", theirs));
        findings.add(parts.findingList(c.findings().gone(), "compare-findings-mine", kb, lang), 0, 1);
        findings.add(parts.findingList(c.findings().appeared(), "compare-findings-theirs", kb, lang), 1, 1);
        Label findingsTitle = heading(i18n.get("compare.findings", c.findings().gone().size(),
                c.findings().appeared().size()));
        RiskChanges r = c.risks();
        GridPane risks = parts.twoColumns("compare-risks", i18n.get("compare.onlyIn", mine),
                i18n.get("compare.onlyIn", theirs));
        risks.add(parts.lines(r.removed(), this::riskLine, "compare-risks-mine", null), 0, 1);
        risks.add(parts.lines(r.added(), this::riskLine, "compare-risks-theirs", null), 1, 1);
        VBox changed = parts.lines(r.changed(), ch -> ch.code() + " " + ch.after().title() + " — "
                + String.join(", ", ch.fields().stream().map(f -> i18n.get("compare.field." + f)).toList()),
                "compare-risks-changed", null);
        projectResults.getChildren().addAll(new Separator(),
                heading(i18n.get("compare.risks", r.removed().size(), r.added().size(), r.changed().size())),
                risks, heading(i18n.get("compare.changed", r.changed().size())), changed,
                new Separator(), findingsTitle, findings);
    }

    private String riskLine(Risk r) {
        return r.code() + " " + r.title();
    }

    // ---- two snapshots -------------------------------------------------------------------------------

    private Node snapshotsPane() {
        for (ComboBox<Snapshot> box : List.of(from, to)) {
            box.getItems().setAll(model.snapshotList());
            box.setCellFactory(list -> snapshotCell());
            box.setButtonCell(snapshotCell());
            box.setPrefWidth(360);
            box.valueProperty().addListener((obs, old, now) -> model.compareSnapshots(from.getValue(), to.getValue()));
        }
        from.setId("compare-from");
        to.setId("compare-to");
        Label fromLabel = new Label();
        fromLabel.textProperty().bind(i18n.text("compare.from"));
        Label toLabel = new Label();
        toLabel.textProperty().bind(i18n.text("compare.to"));
        HBox choose = new HBox(10, fromLabel, from, toLabel, to);
        choose.setAlignment(Pos.CENTER_LEFT);
        choose.getStyleClass().add("scenario-header");
        snapshotResults.getStyleClass().add("scenario-results");
        snapshotResults.setId("compare-snapshot-results");
        BorderPane pane = new BorderPane(scroll(snapshotResults));
        pane.setTop(choose);
        return pane;
    }

    private ListCell<Snapshot> snapshotCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Snapshot item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        };
    }

    private String describe(Snapshot s) {
        String when = WHEN.format(s.takenAt().atZone(ZoneId.systemDefault()));
        return i18n.get("compare.snapshot", when, s.label().isBlank() ? "—" : s.label(), s.overall().toPlainString());
    }

    private void showSnapshots() {
        ScoreComparison c = model.snapshotComparisonProperty().get();
        snapshotResults.getChildren().clear();
        if (c == null) {
            snapshotResults.getChildren().add(hint(model.snapshotList().size() < 2
                    ? "compare.snapshots.few" : "compare.snapshots.choose"));
            return;
        }
        snapshotResults.getChildren().add(scores("compare-snapshot-scores", c, i18n.get("compare.earlier"),
                i18n.get("compare.later")));
    }

    // ---- shared pieces ---------------------------------------------------------------------------------

    private Node scores(String id, ScoreComparison s, String beforeName, String afterName) {
        GridPane grid = parts.scores(id, beforeName, afterName);
        parts.scoreRow(grid, 1, id + "-overall", i18n.get("whatif.readiness"), s.before().overall().toPlainString(),
                s.after().overall().toPlainString(), s.overallDelta());
        int row = 2;
        for (Area area : Area.values()) {
            parts.scoreRow(grid, row++, id + "-" + area.name().toLowerCase(Locale.ROOT),
                    model.knowledge().label(i18n.language(), area), s.before().area(area).toPlainString(),
                    s.after().area(area).toPlainString(), s.delta(area));
        }
        return grid;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Label hint(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("empty-hint");
        label.setWrapText(true);
        return label;
    }

    private static Label heading(String text) {
        return Labels.styled(text, "scenario-heading");
    }

}
