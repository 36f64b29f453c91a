package org.aiventure.workbook.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.GuideItem;
import org.aiventure.workbook.scoring.AreaScore;
import org.aiventure.workbook.scoring.Term;
import org.aiventure.workbook.scoring.TermName;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Opportunities &amp; challenges page (UI.md, seed §6): the ANALYSIS score and the actions on top, the
 * opportunities and the challenges side by side as cards beside their impact × likelihood matrix, and the
 * selected item's editor below. A click on a card or a point selects its item; a risk chip opens the risk in
 * the register.
 */
public final class AnalysisView extends BorderPane {

    private static final String CSS = "/org/aiventure/workbook/css/analysis.css";

    private final AnalysisViewModel model;
    private final I18n i18n;
    private final Navigator navigator;
    private final ItemEditor editor;
    private final AnalysisMatrix matrix;
    private final Label heading = new Label();
    private final Label score = new Label();
    private final Label terms = new Label();
    private final Button addOpportunity = new Button(null, Icons.of(Feather.PLUS));
    private final Button addChallenge = new Button(null, Icons.of(Feather.PLUS));
    private final MenuButton fromGuide = new MenuButton(null, Icons.of(Feather.BOOK_OPEN));
    private final Column opportunities = new Column(AnalysisKind.OPPORTUNITY);
    private final Column challenges = new Column(AnalysisKind.CHALLENGE);

    /** The page for the open project of {@code projects}; it follows whatever project is open. */
    public AnalysisView(ProjectModel projects, I18n i18n, DialogService dialogs, Navigator navigator) {
        this(new AnalysisViewModel(projects, i18n, dialogs), navigator);
    }

    public AnalysisView(AnalysisViewModel model, Navigator navigator) {
        this.model = model;
        this.i18n = model.i18n();
        this.navigator = navigator;
        getStylesheets().addAll(AnalysisView.class.getResource(AnalysisMatrix.CSS).toExternalForm(),
                AnalysisView.class.getResource(CSS).toExternalForm());
        getStyleClass().add("analysis-page");
        setId("analysis-page");

        editor = new ItemEditor(model);
        matrix = new AnalysisMatrix(i18n, model::knowledge);
        matrix.setId("analysis-matrix");
        matrix.setOnPointClicked(this::select);
        matrix.setMinWidth(Region.USE_PREF_SIZE);

        HBox top = new HBox(10, opportunities, challenges, matrix);
        top.getStyleClass().add("analysis-top");
        HBox.setHgrow(opportunities, Priority.ALWAYS);
        HBox.setHgrow(challenges, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, editor);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setTop(header());
        setCenter(split);

        ListChangeListener<AnalysisCard> cardsChanged = c -> showCards();
        model.opportunities().addListener(cardsChanged);
        model.challenges().addListener(cardsChanged);
        model.selectedProperty().addListener((obs, old, now) -> showCards());
        model.scoreProperty().addListener((obs, old, now) -> showScore());
        model.projectProperty().addListener((obs, old, now) -> showProject(now));
        i18n.languageProperty().addListener((obs, old, now) -> relabel());
        relabel();
        showProject(model.projectProperty().get());
    }

    public AnalysisViewModel viewModel() {
        return model;
    }

    /** Selects an analysis item (a card, a point, a finding about it), after committing what was typed. */
    public void select(UUID itemId) {
        editor.commitTyping();
        model.select(itemId);
        revealSelected();
    }

    private void revealSelected() {
        AnalysisCard card = model.selectedProperty().get();
        if (card != null) {
            (card.isChallenge() ? challenges : opportunities).reveal(card.id());
        }
    }

    // ---- building ------------------------------------------------------------------------------------

    private Node header() {
        heading.getStyleClass().add("title-4");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        score.setId("analysis-score");
        score.getStyleClass().add("analysis-score");
        terms.setId("analysis-terms");
        terms.getStyleClass().add("text-muted");
        HBox scoreLine = new HBox(8, score, terms);
        scoreLine.setAlignment(Pos.BASELINE_LEFT);

        addOpportunity.setId("analysis-add-opportunity");
        addOpportunity.setOnAction(e -> add(AnalysisKind.OPPORTUNITY));
        addChallenge.setId("analysis-add-challenge");
        addChallenge.setOnAction(e -> add(AnalysisKind.CHALLENGE));
        fromGuide.setId("analysis-from-guide");
        for (ButtonBase b : List.of(addOpportunity, addChallenge, fromGuide)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add("small");
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleLine = new HBox(8, heading, spacer, addOpportunity, addChallenge, fromGuide);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(2, titleLine, scoreLine);
        bar.getStyleClass().add("analysis-header");
        return bar;
    }

    private void add(AnalysisKind kind) {
        editor.commitTyping();
        model.add(kind);
        revealSelected();
    }

    // ---- following the project and the language --------------------------------------------------------

    private void relabel() {
        heading.setText(i18n.get("analysis.title"));
        addOpportunity.setText(i18n.get("analysis.add.OPPORTUNITY"));
        addOpportunity.setTooltip(tooltip(i18n.get("analysis.add.OPPORTUNITY.tooltip")));
        addChallenge.setText(i18n.get("analysis.add.CHALLENGE"));
        addChallenge.setTooltip(tooltip(i18n.get("analysis.add.CHALLENGE.tooltip")));
        fromGuide.setText(i18n.get("analysis.guide.button"));
        fromGuide.setTooltip(tooltip(i18n.get("analysis.guide.tooltip")));
        opportunities.relabel();
        challenges.relabel();
        showScore();
        showGuideMenu();
        showCards();
    }

    private void showProject(Project project) {
        setDisable(project == null);
        showGuideMenu();
    }

    private void showCards() {
        opportunities.show(model.opportunities());
        challenges.show(model.challenges());
        List<AnalysisCard> all = new ArrayList<>(model.opportunities());
        all.addAll(model.challenges());
        if (!matrix.cards().equals(all)) {
            matrix.cards().setAll(all);
        }
        AnalysisCard selected = model.selectedProperty().get();
        matrix.selectedIdProperty().set(selected == null ? null : selected.id());
    }

    private void showScore() {
        AreaScore area = model.scoreProperty().get();
        if (area == null) {
            score.setText("");
            terms.setText("");
            return;
        }
        score.setText(i18n.get("analysis.score", area.score().toPlainString()));
        List<String> parts = new ArrayList<>();
        StringBuilder explained = new StringBuilder(i18n.get("analysis.score.formula"));
        for (TermName name : List.of(TermName.OP, TermName.CH, TermName.L)) {
            Term t = area.term(name);
            parts.add(t.denominator().signum() == 0 ? i18n.get("analysis.score.term.none", name.symbol())
                    : i18n.get("analysis.score.term", name.symbol(), t.numerator().toPlainString(),
                            t.denominator().toPlainString()));
            explained.append('\n').append(i18n.get("analysis.score.explain", name.symbol(),
                    i18n.get("term." + name.name())));
        }
        terms.setText(i18n.get("analysis.score.terms", parts.toArray()));
        Tooltip tip = tooltip(explained.toString());
        score.setTooltip(tip);
        terms.setTooltip(tip);
    }

    /** The guide's items the project misses, each one click away, and all of them at once. */
    private void showGuideMenu() {
        List<GuideItem> missing = model.missingGuideItems();
        Project p = model.projectProperty().get();
        List<MenuItem> items = new ArrayList<>();
        for (GuideItem g : missing) {
            AnalysisKind kind = AnalysisCategory.of(g.key()).kind();
            MenuItem item = new MenuItem(i18n.get("analysis.guide.item." + kind.name(),
                    g.title().in(p.language())), AnalysisMatrix.marker(kind));
            item.setId("analysis-guide-" + g.key());
            item.setOnAction(e -> {
                editor.commitTyping();
                model.addFromGuide(g);
                revealSelected();
            });
            items.add(item);
        }
        if (missing.size() > 1) {
            MenuItem all = new MenuItem(i18n.get("analysis.guide.all", missing.size()));
            all.setId("analysis-guide-all");
            all.setOnAction(e -> {
                editor.commitTyping();
                model.addAllFromGuide();
                revealSelected();
            });
            items.add(new SeparatorMenuItem());
            items.add(all);
        }
        fromGuide.getItems().setAll(items);
        fromGuide.setDisable(items.isEmpty());
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        return tip;
    }

    /** One column of cards, opportunities or challenges, with its count and what to do when it is empty. */
    private final class Column extends VBox {

        private final AnalysisKind kind;
        private final Label title = new Label();
        private final Label empty = new Label();
        private final VBox cards = new VBox(8);
        private final ScrollPane scroll = new ScrollPane(cards);

        Column(AnalysisKind kind) {
            this.kind = kind;
            getStyleClass().addAll("analysis-column", kind == AnalysisKind.OPPORTUNITY ? "opportunity"
                    : "challenge");
            setId("analysis-column-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            title.getStyleClass().add("analysis-column-title");
            title.setGraphic(AnalysisMatrix.marker(kind));
            empty.getStyleClass().addAll("text-muted", "analysis-column-empty");
            empty.setWrapText(true);
            cards.getStyleClass().add("analysis-cards");
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.getStyleClass().add("edge-to-edge");
            VBox.setVgrow(scroll, Priority.ALWAYS);
            getChildren().addAll(title, scroll);
            setMinWidth(150);
            setPrefWidth(220);
        }

        /** Scrolls the column so that the card of this item is in view. */
        void reveal(UUID id) {
            Node card = cards.lookup("#analysis-card-" + id);
            if (card == null) {
                return;
            }
            scroll.applyCss();
            scroll.layout();
            double hidden = cards.getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden <= 0) {
                return;
            }
            double top = card.getBoundsInParent().getMinY();
            double bottom = card.getBoundsInParent().getMaxY();
            double shownTop = scroll.getVvalue() * hidden;
            double viewport = scroll.getViewportBounds().getHeight();
            if (top < shownTop) {
                scroll.setVvalue(top / hidden);
            } else if (bottom > shownTop + viewport) {
                scroll.setVvalue(Math.min(1, (bottom - viewport) / hidden));
            }
        }

        void relabel() {
            empty.setText(i18n.get("analysis.column.empty." + kind.name()));
        }

        void show(List<AnalysisCard> shown) {
            title.setText(i18n.get("analysis.column." + kind.name(), shown.size()));
            AnalysisCard selected = model.selectedProperty().get();
            List<Node> nodes = new ArrayList<>();
            for (AnalysisCard card : shown) {
                nodes.add(new ItemCard(card, selected != null && selected.id().equals(card.id()), model,
                        navigator, AnalysisView.this::select));
            }
            if (nodes.isEmpty()) {
                nodes.add(empty);
            }
            cards.getChildren().setAll(nodes);
        }
    }
}
