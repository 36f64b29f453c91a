package org.aiventure.workbook.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.ScaleStep;
import org.aiventure.workbook.ui.common.I18n;

/**
 * The impact × likelihood matrix of the analysis: impact 1-5 from left to right, likelihood 1-5 from the
 * bottom up, each item a labelled point in its cell ("O2", "C1", as its card is badged). Opportunities are
 * circles and challenges diamonds, so the two read apart without colour; items sharing a cell sit side by
 * side, and a crowded cell shows the first few and a "+n" whose tooltip names the rest. The impact columns
 * 4 and 5 are shaded: a challenge there needs an open risk in the register. A click on a point reports its
 * item. It owns its look ({@code analysis-matrix.css}) and needs nothing but its cards, so a dashboard can
 * show it too.
 */
public final class AnalysisMatrix extends VBox {

    static final String CSS = "/org/aiventure/workbook/css/analysis-matrix.css";
    /** Points shown in one cell before the rest fold into "+n". */
    static final int POINTS_PER_CELL = 3;
    /** From this impact on, a challenge must be answered by an open risk (CHALLENGE_NOT_IN_REGISTER). */
    static final int HIGH_IMPACT = 4;

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final I18n i18n;
    private final Supplier<KnowledgeBase> knowledge;
    private final ObservableList<AnalysisCard> cards = FXCollections.observableArrayList();
    private final ObjectProperty<UUID> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final Label opportunityLegend = new Label();
    private final Label challengeLegend = new Label();
    private final Label shadeLegend = new Label();
    private Consumer<UUID> onPointClicked = id -> { };

    public AnalysisMatrix(I18n i18n, Supplier<KnowledgeBase> knowledge) {
        this.i18n = i18n;
        this.knowledge = knowledge;
        getStylesheets().add(AnalysisMatrix.class.getResource(CSS).toExternalForm());
        getStyleClass().add("analysis-matrix");
        title.getStyleClass().add("matrix-title");
        grid.getStyleClass().add("matrix-grid");
        opportunityLegend.setGraphic(marker(AnalysisKind.OPPORTUNITY));
        challengeLegend.setGraphic(marker(AnalysisKind.CHALLENGE));
        Region shadeSample = new Region();
        shadeSample.getStyleClass().add("matrix-shade-sample");
        shadeLegend.setGraphic(shadeSample);
        shadeLegend.setWrapText(true);
        // the legend wraps to the grid's width rather than widening the matrix
        shadeLegend.prefWidthProperty().bind(grid.widthProperty());
        shadeLegend.setMinHeight(Region.USE_PREF_SIZE);
        HBox kinds = new HBox(12, opportunityLegend, challengeLegend);
        kinds.getStyleClass().add("matrix-legend");
        shadeLegend.getStyleClass().add("matrix-legend");
        getChildren().addAll(title, grid, kinds, shadeLegend);
        cards.addListener((ListChangeListener<AnalysisCard>) c -> render());
        selectedId.addListener((obs, old, now) -> render());
        i18n.languageProperty().addListener((obs, old, now) -> render());
        render();
    }

    /** What the matrix shows: the cards of both kinds, in the order their badges count them. */
    public ObservableList<AnalysisCard> cards() {
        return cards;
    }

    /** The item whose point is highlighted; null for none. */
    public ObjectProperty<UUID> selectedIdProperty() {
        return selectedId;
    }

    public void setOnPointClicked(Consumer<UUID> handler) {
        this.onPointClicked = handler;
    }

    /** The shape that stands for a kind, here, on the cards and in the editor. */
    static Shape marker(AnalysisKind kind) {
        Shape shape = kind == AnalysisKind.OPPORTUNITY ? new Circle(5)
                : new Polygon(0, -6, 6, 0, 0, 6, -6, 0);
        shape.getStyleClass().addAll("analysis-marker", kind == AnalysisKind.OPPORTUNITY ? "opportunity"
                : "challenge");
        return shape;
    }

    /** "O2" or "C1": the label of an item's point and card. */
    static String badge(I18n i18n, AnalysisCard card) {
        return i18n.get("analysis.badge." + card.kind().name(), card.number());
    }

    private void render() {
        title.setText(i18n.get("analysis.matrix.title"));
        opportunityLegend.setText(i18n.get("analysis.matrix.legend.OPPORTUNITY"));
        challengeLegend.setText(i18n.get("analysis.matrix.legend.CHALLENGE"));
        shadeLegend.setText(i18n.get("analysis.matrix.legend.shade", HIGH_IMPACT));
        grid.getChildren().clear();
        Label likelihoodAxis = new Label(i18n.get("analysis.matrix.likelihood"));
        likelihoodAxis.getStyleClass().add("matrix-axis");
        likelihoodAxis.setRotate(-90);
        grid.add(new Group(likelihoodAxis), 0, 0, 1, 5);
        for (int l = 5; l >= 1; l--) {
            Label number = step(l, true);
            grid.add(number, 1, 5 - l);
            for (int i = 1; i <= 5; i++) {
                grid.add(cell(i, l), i + 1, 5 - l);
            }
        }
        for (int i = 1; i <= 5; i++) {
            Label number = step(i, false);
            GridPane.setHalignment(number, HPos.CENTER);
            grid.add(number, i + 1, 5);
        }
        Label impactAxis = new Label(i18n.get("analysis.matrix.impact"));
        impactAxis.getStyleClass().add("matrix-axis");
        GridPane.setHalignment(impactAxis, HPos.CENTER);
        grid.add(impactAxis, 2, 6, 5, 1);
    }

    private Node cell(int impact, int likelihood) {
        List<AnalysisCard> here = new ArrayList<>();
        for (AnalysisCard c : cards) {
            if (c.item().impact() == impact && c.item().likelihood() == likelihood) {
                here.add(c);
            }
        }
        FlowPane pane = new FlowPane(2, 1);
        pane.setAlignment(Pos.CENTER);
        pane.setId("matrix-cell-" + impact + "-" + likelihood);
        pane.getStyleClass().add("matrix-cell");
        if (impact >= HIGH_IMPACT) {
            pane.getStyleClass().add("high-impact");
        }
        int shown = here.size() > POINTS_PER_CELL ? POINTS_PER_CELL - 1 : here.size();
        for (AnalysisCard c : here.subList(0, shown)) {
            pane.getChildren().add(point(c));
        }
        if (shown < here.size()) {
            List<AnalysisCard> rest = here.subList(shown, here.size());
            Label more = new Label(i18n.get("analysis.matrix.more", rest.size()));
            more.getStyleClass().add("matrix-more");
            more.setTooltip(tooltip(rest.stream().map(this::describe).collect(Collectors.joining("\n"))));
            pane.getChildren().add(more);
        }
        return pane;
    }

    private Node point(AnalysisCard card) {
        Label point = new Label(badge(i18n, card), marker(card.kind()));
        point.setId("matrix-point-" + card.id());
        point.getStyleClass().addAll("matrix-point", card.isChallenge() ? "challenge" : "opportunity");
        point.pseudoClassStateChanged(SELECTED, card.id().equals(selectedId.get()));
        point.setGraphicTextGap(2);
        point.setTooltip(tooltip(describe(card)));
        point.setOnMouseClicked(e -> onPointClicked.accept(card.id()));
        return point;
    }

    private String describe(AnalysisCard card) {
        AnalysisItem item = card.item();
        return i18n.get("analysis.matrix.point", badge(i18n, card), item.title(), item.impact(), item.likelihood());
    }

    private Label step(int value, boolean likelihood) {
        Label number = new Label(String.valueOf(value));
        number.getStyleClass().add("matrix-step");
        KnowledgeBase kb = knowledge.get();
        if (kb != null) {
            ScaleStep s = likelihood ? kb.likelihoodStep(value) : kb.impactStep(value);
            number.setTooltip(tooltip(i18n.get("analysis.scale.tooltip",
                    i18n.get(likelihood ? "analysis.matrix.likelihood" : "analysis.matrix.impact"), value,
                    s.label().in(i18n.language()), s.description().in(i18n.language()))));
        }
        return number;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }
}
