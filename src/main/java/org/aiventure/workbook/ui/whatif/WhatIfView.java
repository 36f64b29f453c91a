package org.aiventure.workbook.ui.whatif;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scenario.Scenario;
import org.aiventure.workbook.scenario.ScenarioLabels;
import org.aiventure.workbook.scenario.ScenarioOutcome;
import org.aiventure.workbook.scenario.ScoreComparison;
import org.aiventure.workbook.scenario.SetChange;
import org.aiventure.workbook.ui.common.ComparisonParts;
import org.aiventure.workbook.ui.common.I18n;

/**
 * The what-if window's content: the scenario on the left (name, stage, sectors, markets, answers), and on the
 * right, side by side, the scores now and in the scenario and what it adds and removes. Apply and Discard at
 * the bottom; {@code close} runs after either.
 */
public final class WhatIfView extends BorderPane {

    static final String CSS = "/org/aiventure/workbook/css/scenario.css";

    private final WhatIfViewModel model;
    private final I18n i18n;
    private final ComparisonParts parts;
    private final VBox results = new VBox(16);
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final Map<Sector, CheckBox> sectors = new EnumMap<>(Sector.class);
    private final Map<Market, CheckBox> markets = new EnumMap<>(Market.class);
    private final Map<ProfileFact, CheckBox> answers = new EnumMap<>(ProfileFact.class);
    // True while the controls follow the scenario, so their listeners do not change it back.
    private boolean updating;

    public WhatIfView(WhatIfViewModel model, Runnable close) {
        this.model = model;
        this.i18n = model.i18n();
        this.parts = new ComparisonParts(i18n);
        getStyleClass().add("scenario-window");
        getStylesheets().add(WhatIfView.class.getResource(CSS).toExternalForm());
        setTop(header());
        ScrollPane editor = new ScrollPane(editor());
        editor.setFitToWidth(true);
        editor.getStyleClass().add("edge-to-edge");
        editor.setPrefWidth(340);
        editor.setMinWidth(300);
        ScrollPane right = new ScrollPane(results);
        right.setFitToWidth(true);
        right.getStyleClass().add("edge-to-edge");
        results.getStyleClass().add("scenario-results");
        results.setId("whatif-results");
        setLeft(editor);
        setCenter(right);
        setBottom(buttons(close));
        model.scenarioProperty().addListener((obs, old, now) -> showScenario());
        model.outcomeProperty().addListener((obs, old, now) -> showOutcome());
        i18n.languageProperty().addListener((obs, old, now) -> showOutcome());
        showScenario();
        showOutcome();
    }

    private Node header() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("whatif.title"));
        title.getStyleClass().add("title-3");
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("whatif.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        TextField name = new TextField();
        name.setId("whatif-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.promptTextProperty().bind(i18n.text("whatif.name.prompt"));
        name.setPrefColumnCount(30);
        Label nameLabel = label("whatif.name");
        nameLabel.setLabelFor(name);
        HBox nameRow = new HBox(8, nameLabel, name);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        VBox header = new VBox(6, title, intro, nameRow);
        header.getStyleClass().add("scenario-header");
        return header;
    }

    private Node editor() {
        KnowledgeBase kb = model.knowledge();
        stage.setId("whatif-stage");
        stage.getItems().setAll(Stage.values());
        stage.setConverter(labels(kb));
        i18n.languageProperty().addListener((obs, old, now) -> {
            // A combo box caches its cells' texts: re-set the converter and the value to relabel them.
            stage.setConverter(labels(kb));
            updating = true;
            try {
                Stage shown = stage.getValue();
                stage.setValue(null);
                stage.setValue(shown);
            } finally {
                updating = false;
            }
        });
        stage.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                model.changeStage(now);
            }
        });
        stage.setMaxWidth(Double.MAX_VALUE);
        FlowPane sectorBoxes = new FlowPane(10, 6);
        for (Sector s : Sector.values()) {
            CheckBox box = check("whatif-sector-" + s.name(), () -> kb.label(i18n.language(), s));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    model.include(s, now);
                }
            });
            sectors.put(s, box);
            sectorBoxes.getChildren().add(box);
        }
        FlowPane marketBoxes = new FlowPane(10, 6);
        for (Market m : Market.values()) {
            CheckBox box = check("whatif-market-" + m.name(), () -> kb.label(i18n.language(), m));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    model.include(m, now);
                }
            });
            markets.put(m, box);
            marketBoxes.getChildren().add(box);
        }
        VBox factBoxes = new VBox(8);
        for (ProfileFact f : ProfileFact.values()) {
            CheckBox box = check("whatif-fact-" + f.key(), () -> kb.question(i18n.language(), f));
            box.setWrapText(true);
            box.selectedProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    model.answer(f, now);
                }
            });
            answers.put(f, box);
            factBoxes.getChildren().add(box);
        }
        VBox editor = new VBox(8, heading("whatif.stage"), stage, heading("whatif.sectors"), sectorBoxes,
                heading("whatif.markets"), marketBoxes, heading("whatif.facts"), factBoxes);
        editor.getStyleClass().add("scenario-editor");
        return editor;
    }

    private Node buttons(Runnable close) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("whatif-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label note = label("whatif.note");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        Button discard = new Button();
        discard.setId("whatif-discard");
        discard.textProperty().bind(i18n.text("whatif.discard"));
        discard.setCancelButton(true);
        discard.setOnAction(e -> {
            model.discard();
            close.run();
        });
        Button apply = new Button();
        apply.setId("whatif-apply");
        apply.textProperty().bind(i18n.text("whatif.apply"));
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(model.canApply().not());
        apply.setOnAction(e -> {
            if (model.apply()) {
                close.run();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, busy, note, spacer, discard, apply);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("scenario-buttons");
        return bar;
    }

    // ---- following the view model ----------------------------------------------------------------------

    private void showScenario() {
        Scenario s = model.scenarioProperty().get();
        if (s == null) {
            return;
        }
        updating = true;
        try {
            stage.setValue(s.stage());
            sectors.forEach((x, box) -> box.setSelected(s.sectors().contains(x)));
            markets.forEach((x, box) -> box.setSelected(s.markets().contains(x)));
            answers.forEach((x, box) -> box.setSelected(s.profile().has(x)));
        } finally {
            updating = false;
        }
    }

    private void showOutcome() {
        ScenarioOutcome o = model.outcomeProperty().get();
        results.getChildren().clear();
        if (o == null) {
            return;
        }
        KnowledgeBase kb = model.knowledge();
        Language lang = i18n.language();
        results.getChildren().add(scores(o.scores(), o));
        if (o.isEmpty()) {
            Label none = new Label(i18n.get("whatif.nothing"));
            none.setId("whatif-nothing");
            none.getStyleClass().add("empty-hint");
            none.setWrapText(true);
            results.getChildren().add(none);
            return;
        }
        GridPane changes = parts.twoColumns("whatif-changes", i18n.get("whatif.added"), i18n.get("whatif.removed"));
        int row = 1;
        row = changeRow(changes, row, "whatif.requirements", o.requirements(),
                id -> ScenarioLabels.requirement(kb, lang, id), "requirements");
        row = changeRow(changes, row, "whatif.categories", o.categories(), c -> kb.label(lang, c), "categories");
        row = changeRow(changes, row, "whatif.controlGroups", o.controlGroups(),
                id -> ScenarioLabels.controlGroup(kb, lang, id), "groups");
        changeRow(changes, row, "whatif.roles", o.roles(), r -> kb.label(lang, r), "roles");
        results.getChildren().add(changes);
        GridPane findings = parts.twoColumns("whatif-findings", i18n.get("whatif.appear"), i18n.get("whatif.go"));
        findings.add(parts.findingList(o.findings().appeared(), "whatif-findings-appeared", kb, lang), 0, 1);
        findings.add(parts.findingList(o.findings().gone(), "whatif-findings-gone", kb, lang), 1, 1);
        if (!o.findings().changed().isEmpty()) {
            VBox moved = new VBox(4);
            moved.setId("whatif-findings-changed");
            moved.getChildren().add(heading("whatif.severityChanged"));
            o.findings().changed().forEach(c -> moved.getChildren().add(parts.findingLine(c.after(), kb, lang,
                    i18n.get("whatif.severityFrom", i18n.get("severity." + c.before().severity())))));
            findings.add(moved, 0, 2, 2, 1);
        }
        results.getChildren().addAll(new Separator(), findings);
    }

    private Node scores(ScoreComparison s, ScenarioOutcome o) {
        GridPane grid = parts.scores("whatif-scores", i18n.get("whatif.now"), i18n.get("whatif.scenario"));
        parts.scoreRow(grid, 1, "whatif-delta-overall", i18n.get("whatif.readiness"),
                o.before().overall() + " " + o.before().grade(), o.after().overall() + " " + o.after().grade(),
                s.overallDelta());
        int row = 2;
        for (Area area : Area.values()) {
            parts.scoreRow(grid, row++, "whatif-delta-" + area.name().toLowerCase(java.util.Locale.ROOT),
                    model.knowledge().label(i18n.language(), area), s.before().area(area).toPlainString(),
                    s.after().area(area).toPlainString(), s.delta(area));
        }
        return grid;
    }

    private <T> int changeRow(GridPane grid, int row, String key, SetChange<T> change, Function<T, String> label,
                              String id) {
        if (change.isEmpty()) {
            return row;
        }
        grid.add(heading(key), 0, row, 2, 1);
        grid.add(parts.lines(change.added(), x -> "+ " + label.apply(x), "whatif-added-" + id, "scenario-added"), 0,
                row + 1);
        grid.add(parts.lines(change.removed(), x -> "− " + label.apply(x), "whatif-removed-" + id,
                "scenario-removed"), 1, row + 1);
        return row + 2;
    }

    // ---- small builders --------------------------------------------------------------------------------

    private CheckBox check(String id, Supplier<String> text) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.textProperty().bind(Bindings.createStringBinding(text::get, i18n.languageProperty()));
        return box;
    }

    private StringConverter<Stage> labels(KnowledgeBase kb) {
        Language lang = i18n.language();
        return new StringConverter<>() {
            @Override
            public String toString(Stage s) {
                return s == null ? "" : kb.label(lang, s);
            }

            @Override
            public Stage fromString(String text) {
                throw new UnsupportedOperationException("the stage is chosen, not typed");
            }
        };
    }

    private Label heading(String key) {
        Label label = label(key);
        label.getStyleClass().add("scenario-heading");
        return label;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return label;
    }

}
