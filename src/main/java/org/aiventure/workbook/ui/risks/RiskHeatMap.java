package org.aiventure.workbook.ui.risks;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.ui.common.I18n;

/**
 * The 5×5 heat map: likelihood rows 5 to 1 from the top, impact columns 1 to 5, each cell showing how many
 * risks sit there. On the inherent map a cell has the colour of the band of likelihood × impact; on the
 * residual map the colour of the worst residual band of its risks (its risks stay where their likelihood and
 * impact put them). Every coloured cell also writes its band's name, so the map reads in grey. A click on a
 * cell reports it (the register filters its table to that cell); the selected cell is outlined. It owns its
 * look ({@code heat-map.css}) and needs nothing but its data, so a dashboard can show it too.
 */
public final class RiskHeatMap extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final String CSS = "/org/aiventure/workbook/css/heat-map.css";

    private final I18n i18n;
    private final Supplier<KnowledgeBase> knowledge;
    private final ObjectProperty<HeatMapData> data = new SimpleObjectProperty<>(this, "data", HeatMapData.EMPTY);
    private final ObjectProperty<HeatMapMode> mode = new SimpleObjectProperty<>(this, "mode", HeatMapMode.INHERENT);
    private final ObjectProperty<HeatCell> selectedCell = new SimpleObjectProperty<>(this, "selectedCell");
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final ToggleButton inherent = new ToggleButton();
    private final ToggleButton residual = new ToggleButton();
    private final Label legend = new Label();
    private Consumer<HeatCell> onCellClicked = cell -> { };

    public RiskHeatMap(I18n i18n, Supplier<KnowledgeBase> knowledge) {
        this.i18n = i18n;
        this.knowledge = knowledge;
        getStylesheets().add(RiskHeatMap.class.getResource(CSS).toExternalForm());
        getStyleClass().add("risk-heat-map");
        title.getStyleClass().add("heat-map-title");
        ToggleGroup modes = new ToggleGroup();
        inherent.setToggleGroup(modes);
        residual.setToggleGroup(modes);
        inherent.setId("heat-map-inherent");
        residual.setId("heat-map-residual");
        inherent.getStyleClass().addAll("left-pill", "small");
        residual.getStyleClass().addAll("right-pill", "small");
        // a pressed toggle stays pressed: one of the two modes is always shown
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                mode.set(now == inherent ? HeatMapMode.INHERENT : HeatMapMode.RESIDUAL);
            }
        });
        mode.addListener((obs, old, now) -> {
            (now == HeatMapMode.INHERENT ? inherent : residual).setSelected(true);
            render();
        });
        inherent.setSelected(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, new HBox(inherent, residual));
        header.setAlignment(Pos.CENTER_LEFT);
        grid.getStyleClass().add("heat-map-grid");
        legend.getStyleClass().add("heat-map-legend");
        legend.setWrapText(true);
        getChildren().addAll(header, grid, legend);
        data.addListener((obs, old, now) -> render());
        selectedCell.addListener((obs, old, now) -> render());
        i18n.languageProperty().addListener((obs, old, now) -> render());
        render();
    }

    public ObjectProperty<HeatMapData> dataProperty() {
        return data;
    }

    public ObjectProperty<HeatMapMode> modeProperty() {
        return mode;
    }

    /** The outlined cell (the register's cell filter); null for none. */
    public ObjectProperty<HeatCell> selectedCellProperty() {
        return selectedCell;
    }

    public void setOnCellClicked(Consumer<HeatCell> handler) {
        this.onCellClicked = handler;
    }

    private void render() {
        title.setText(i18n.get("risks.map.title"));
        inherent.setText(i18n.get("risks.map.inherent"));
        residual.setText(i18n.get("risks.map.residual"));
        legend.setText(i18n.get(mode.get() == HeatMapMode.INHERENT ? "risks.map.legend.inherent"
                : "risks.map.legend.residual"));
        grid.getChildren().clear();
        Label likelihoodAxis = new Label(i18n.get("risks.map.likelihood"));
        likelihoodAxis.getStyleClass().add("heat-map-axis");
        likelihoodAxis.setRotate(-90);
        grid.add(new Group(likelihoodAxis), 0, 0, 1, 5);
        for (int l = 5; l >= 1; l--) {
            int row = 5 - l;
            Label number = new Label(String.valueOf(l));
            number.getStyleClass().add("heat-map-step");
            number.setTooltip(step(i18n.get("risks.map.likelihood"), l, true));
            grid.add(number, 1, row);
            for (int i = 1; i <= 5; i++) {
                grid.add(cell(new HeatCell(l, i)), i + 1, row);
            }
        }
        for (int i = 1; i <= 5; i++) {
            Label number = new Label(String.valueOf(i));
            number.getStyleClass().add("heat-map-step");
            number.setTooltip(step(i18n.get("risks.map.impact"), i, false));
            GridPane.setHalignment(number, HPos.CENTER);
            grid.add(number, i + 1, 5);
        }
        Label impactAxis = new Label(i18n.get("risks.map.impact"));
        impactAxis.getStyleClass().add("heat-map-axis");
        GridPane.setHalignment(impactAxis, HPos.CENTER);
        grid.add(impactAxis, 2, 6, 5, 1);
    }

    private StackPane cell(HeatCell cell) {
        HeatMapData d = data.get();
        int count = d.count(cell);
        Band band = mode.get() == HeatMapMode.INHERENT ? cell.band() : d.worstResidual(cell);
        Label number = new Label(count == 0 ? "" : String.valueOf(count));
        number.getStyleClass().add("heat-cell-count");
        Label bandName = new Label(band == null ? "" : i18n.get("risks.band.short." + band.name()));
        bandName.getStyleClass().add("heat-cell-band");
        StackPane pane = new StackPane(new VBox(0, number, bandName));
        ((VBox) pane.getChildren().get(0)).setAlignment(Pos.CENTER);
        pane.setId("heat-cell-" + cell.likelihood() + "-" + cell.impact());
        pane.getStyleClass().addAll("heat-cell", band == null ? "band-none" : ScoreCell.styleClass(band));
        if (count == 0) {
            pane.getStyleClass().add("heat-cell-empty");
        }
        pane.pseudoClassStateChanged(SELECTED, cell.equals(selectedCell.get()));
        Tooltip tip = new Tooltip(tooltip(cell, count, d));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(pane, tip);
        pane.setOnMouseClicked(e -> onCellClicked.accept(cell));
        return pane;
    }

    private String tooltip(HeatCell cell, int count, HeatMapData d) {
        KnowledgeBase kb = knowledge.get();
        String l = kb == null ? String.valueOf(cell.likelihood())
                : i18n.get("risks.scale.short", cell.likelihood(),
                        kb.likelihoodStep(cell.likelihood()).label().in(i18n.language()));
        String i = kb == null ? String.valueOf(cell.impact())
                : i18n.get("risks.scale.short", cell.impact(),
                        kb.impactStep(cell.impact()).label().in(i18n.language()));
        String where = i18n.get("risks.map.cell", l, i, cell.likelihood() * cell.impact(),
                i18n.get("risks.band." + cell.band().name()), count);
        if (mode.get() == HeatMapMode.RESIDUAL) {
            Map<Band, Integer> bands = d.residualBands(cell);
            String after = bands.isEmpty() ? i18n.get("risks.map.cell.noResidual")
                    : bands.entrySet().stream().map(e -> i18n.get("risks.map.cell.bandCount", e.getValue(),
                            i18n.get("risks.band." + e.getKey().name()))).collect(Collectors.joining(", "));
            where = where + "\n" + i18n.get("risks.map.cell.residual", after);
        }
        return where + "\n" + i18n.get(cell.equals(selectedCell.get()) ? "risks.map.cell.clickAgain"
                : "risks.map.cell.click");
    }

    private Tooltip step(String axis, int value, boolean likelihood) {
        KnowledgeBase kb = knowledge.get();
        if (kb == null) {
            return null;
        }
        var s = likelihood ? kb.likelihoodStep(value) : kb.impactStep(value);
        Tooltip tip = new Tooltip(i18n.get("risks.scale.tooltip", axis, value, s.label().in(i18n.language()),
                s.description().in(i18n.language())));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }
}
