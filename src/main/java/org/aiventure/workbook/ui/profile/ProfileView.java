package org.aiventure.workbook.ui.profile;

import atlantafx.base.controls.ToggleSwitch;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.HorizontalDirection;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Limits;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.TextCommit;
import org.aiventure.workbook.ui.common.TextLimit;

/**
 * The Profile page: what the venture is (name, summary, briefing language, stage, sectors, markets), the
 * seven profile questions with what each means, and the risk appetite with what it means. Every control
 * follows the open project (undo, other pages, another project) without echoing the change back as an edit,
 * and every change it makes is one named edit, so the findings follow at once.
 */
public final class ProfileView extends ScrollPane {

    private static final String CSS = "/org/aiventure/workbook/css/profile.css";
    private static final List<Band> BANDS = List.of(Band.values());

    private final ProfileViewModel model;
    private final I18n i18n;

    private final TextField name = new TextField();
    private final TextArea summary = new TextArea();
    private final TextCommit nameText;
    private final TextCommit summaryText;
    private final SegmentedChoice<Language> language;
    private final SegmentedChoice<Stage> stage;
    private final Label stageExplanation = muted("profile-stage-explanation");
    private final Map<Sector, CheckBox> sectors = new EnumMap<>(Sector.class);
    private final Map<Market, CheckBox> markets = new EnumMap<>(Market.class);
    private final Label sectorOrder = muted("profile-sector-order");
    private final Label marketOrder = muted("profile-market-order");
    private final Map<ProfileFact, Label> questions = new EnumMap<>(ProfileFact.class);
    private final Map<ProfileFact, Label> explanations = new EnumMap<>(ProfileFact.class);
    private final Map<ProfileFact, ToggleSwitch> answers = new EnumMap<>(ProfileFact.class);
    private final Spinner<Integer> appetite = new Spinner<>(1, Limits.MAX_APPETITE, Project.DEFAULT_APPETITE);
    private final Label appetiteBand = new Label();
    private final Label appetiteMeaning = new Label();
    private final Label aboveAppetite = muted("profile-above-appetite");
    // True while the controls are being set from the project, so their listeners make no edits.
    private boolean updating;

    /** {@code whatIf} opens the what-if window, offered beside the questions that scenarios change. */
    public ProfileView(ProfileViewModel model, Runnable whatIf) {
        this.model = model;
        this.i18n = model.i18n();
        getStyleClass().addAll("profile-page", "edge-to-edge");
        getStylesheets().add(ProfileView.class.getResource(CSS).toExternalForm());
        setFitToWidth(true);

        nameText = new TextCommit(name, () -> project() == null ? null : project().name(), model::rename);
        summaryText = new TextCommit(summary, () -> project() == null ? null : project().summary(),
                model::changeSummary);
        language = new SegmentedChoice<>(Language.class, List.of(Language.values()), "profile-language",
                model::changeLanguage);
        stage = new SegmentedChoice<>(Stage.class, List.of(Stage.values()), "profile-stage", model::changeStage);

        VBox page = new VBox(20, header(whatIf), ventureCard(), questionsCard(), appetiteCard());
        page.getStyleClass().add("profile-content");
        page.setMaxWidth(900);
        StackPane centre = new StackPane(page);
        StackPane.setAlignment(page, Pos.TOP_CENTER);
        setContent(centre);

        model.projectProperty().addListener((obs, old, now) -> show(old, now));
        model.assessmentProperty().addListener((obs, old, now) -> showAboveAppetite());
        model.knowledgeProperty().addListener((obs, old, now) -> relabel());
        i18n.languageProperty().addListener((obs, old, now) -> relabel());
        relabel();
        show(null, project());
    }

    private Project project() {
        return model.project();
    }

    // ---- building --------------------------------------------------------------------------------------

    private Node header(Runnable whatIf) {
        Label title = bound(new Label(), "profile.title");
        title.getStyleClass().add("title-2");
        Label intro = bound(muted(null), "profile.intro");
        Button whatIfButton = new Button();
        whatIfButton.setId("profile-what-if");
        whatIfButton.textProperty().bind(i18n.text("action.whatIf"));
        whatIfButton.setOnAction(e -> whatIf.run());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("profile.whatIf.tooltip"));
        whatIfButton.setTooltip(tip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, spacer, whatIfButton);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, top, intro);
    }

    private Node ventureCard() {
        name.setId("profile-name");
        name.setTextFormatter(TextLimit.of(Limits.NAME));
        name.promptTextProperty().bind(i18n.text("profile.name.prompt"));

        summary.setId("profile-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(5);
        summary.setTextFormatter(TextLimit.of(Limits.LONG_TEXT));
        summary.promptTextProperty().bind(i18n.text("profile.summary.prompt"));
        Label counter = muted("profile-summary-count");
        counter.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("profile.summary.count",
                        summary.getText().codePointCount(0, summary.getText().length()), Limits.LONG_TEXT),
                summary.textProperty(), i18n.languageProperty()));
        HBox counterRow = new HBox(counter);
        counterRow.setAlignment(Pos.CENTER_RIGHT);

        FlowPane sectorBoxes = checkBoxes(Sector.class, sectors, "profile-sector",
                (s, on) -> model.includeSector(s, on));
        FlowPane marketBoxes = checkBoxes(Market.class, markets, "profile-market",
                (m, on) -> model.includeMarket(m, on));

        GridPane grid = formGrid();
        int row = 0;
        row = field(grid, row, "profile.name", name);
        row = field(grid, row, "profile.summary", new VBox(4, summary, counterRow));
        row = field(grid, row, "profile.language", new VBox(6, language, bound(muted(null), "profile.language.hint")));
        row = field(grid, row, "profile.stage", new VBox(6, stage, stageExplanation));
        row = field(grid, row, "profile.sectors", new VBox(6, sectorBoxes, sectorOrder));
        field(grid, row, "profile.markets", new VBox(6, marketBoxes, marketOrder));
        return card("profile.section.venture", null, grid);
    }

    private Node questionsCard() {
        VBox rows = new VBox();
        for (ProfileFact fact : ProfileFact.values()) {
            Label question = new Label();
            question.getStyleClass().add("profile-question");
            question.setWrapText(true);
            Label explanation = muted(null);
            explanation.getStyleClass().add("profile-explanation");
            ToggleSwitch answer = new ToggleSwitch();
            answer.setId("profile-fact-" + fact.key());
            answer.setLabelPosition(HorizontalDirection.LEFT);
            // The question's text wraps to make room; the switch and its Yes/No never shrink.
            answer.setMinWidth(Region.USE_PREF_SIZE);
            answer.textProperty().bind(Bindings.createStringBinding(
                    () -> i18n.get(answer.isSelected() ? "profile.answer.yes" : "profile.answer.no"),
                    answer.selectedProperty(), i18n.languageProperty()));
            answer.selectedProperty().addListener((obs, was, is) -> {
                if (!updating) {
                    model.answer(fact, is);
                }
            });
            questions.put(fact, question);
            explanations.put(fact, explanation);
            answers.put(fact, answer);

            VBox text = new VBox(4, question, explanation);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(24, text, answer);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("profile-question-row");
            if (!rows.getChildren().isEmpty()) {
                rows.getChildren().add(new Separator());
            }
            rows.getChildren().add(row);
        }
        return card("profile.section.questions", "profile.questions.intro", rows);
    }

    private Node appetiteCard() {
        appetite.setId("profile-appetite");
        appetite.setEditable(true);
        appetite.setPrefWidth(110);
        appetite.valueProperty().addListener((obs, old, now) -> {
            showAppetite(now);
            if (!updating && now != null) {
                model.changeAppetite(now);
            }
        });
        appetiteBand.setId("profile-appetite-band");
        appetiteBand.getStyleClass().add("band-chip");
        appetiteMeaning.setId("profile-appetite-meaning");
        appetiteMeaning.setWrapText(true);
        HBox line = new HBox(12, appetite, appetiteBand, aboveAppetite);
        line.setAlignment(Pos.CENTER_LEFT);
        return card("profile.section.appetite", "profile.appetite.intro", new VBox(12, line, appetiteMeaning));
    }

    private Node card(String titleKey, String introKey, Node body) {
        Label title = bound(new Label(), titleKey);
        title.getStyleClass().addAll("title-4", "profile-card-title");
        VBox card = new VBox(12, title);
        if (introKey != null) {
            card.getChildren().add(bound(muted(null), introKey));
        }
        card.getChildren().add(body);
        card.getStyleClass().add("profile-card");
        return card;
    }

    private static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("profile-form");
        grid.setHgap(20);
        grid.setVgap(16);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setPrefWidth(170);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private int field(GridPane grid, int row, String labelKey, Node field) {
        Label label = bound(new Label(), labelKey);
        label.getStyleClass().add("profile-field-label");
        label.setWrapText(true);
        label.setLabelFor(field);
        GridPane.setValignment(label, VPos.TOP);
        grid.addRow(row, label, field);
        return row + 1;
    }

    private <E extends Enum<E>> FlowPane checkBoxes(Class<E> type, Map<E, CheckBox> boxes, String idPrefix,
                                                    BiConsumer<E, Boolean> onToggle) {
        FlowPane pane = new FlowPane(16, 8);
        for (E value : type.getEnumConstants()) {
            CheckBox box = new CheckBox();
            box.setId(idPrefix + "-" + value.name());
            box.selectedProperty().addListener((obs, was, is) -> {
                if (!updating) {
                    onToggle.accept(value, is);
                }
            });
            boxes.put(value, box);
            pane.getChildren().add(box);
        }
        return pane;
    }

    // ---- following the project and the language ----------------------------------------------------------

    private void show(Project before, Project now) {
        boolean other = before == null || now == null || !before.id().equals(now.id());
        setDisable(now == null);
        updating = true;
        try {
            nameText.follow(other);
            summaryText.follow(other);
            if (now == null) {
                return;
            }
            language.select(now.language());
            stage.select(now.stage());
            sectors.forEach((s, box) -> box.setSelected(now.sectors().contains(s)));
            markets.forEach((m, box) -> box.setSelected(now.markets().contains(m)));
            answers.forEach((f, sw) -> sw.setSelected(now.profile().has(f)));
            appetite.getValueFactory().setValue(now.riskAppetite());
        } finally {
            updating = false;
        }
        showTexts(now);
    }

    /** The texts of the knowledge base and those that depend on values; message-key labels are bound. */
    private void relabel() {
        KnowledgeBase kb = model.knowledge();
        if (kb == null) {
            return;
        }
        Language lang = i18n.language();
        language.relabel(l -> i18n.get("language." + l.tag()), l -> null);
        stage.relabel(s -> kb.label(lang, s), s -> kb.explanation(lang, s));
        sectors.forEach((s, box) -> labelled(box, kb.label(lang, s), kb.explanation(lang, s)));
        markets.forEach((m, box) -> labelled(box, kb.label(lang, m), kb.explanation(lang, m)));
        for (ProfileFact fact : ProfileFact.values()) {
            questions.get(fact).setText(kb.question(lang, fact));
            explanations.get(fact).setText(kb.explanation(lang, fact));
        }
        showTexts(project());
    }

    private void showTexts(Project p) {
        KnowledgeBase kb = model.knowledge();
        if (p == null || kb == null) {
            return;
        }
        Language lang = i18n.language();
        stageExplanation.setText(kb.explanation(lang, p.stage()));
        sectorOrder.setText(order(kb, lang, p.sectors()));
        marketOrder.setText(order(kb, lang, p.markets()));
        showAppetite(appetite.getValue());
        showAboveAppetite();
    }

    private void showAppetite(Integer value) {
        if (value == null || model.knowledge() == null) {
            return;
        }
        Band band = model.appetiteBand(value);
        appetiteBand.setText(i18n.get("profile.appetite.bandName", i18n.get("severity." + band.name())));
        BANDS.forEach(b -> appetiteBand.getStyleClass().remove(bandClass(b)));
        appetiteBand.getStyleClass().add(bandClass(band));
        appetiteMeaning.setText(model.appetiteMeaning(value));
    }

    private void showAboveAppetite() {
        aboveAppetite.setText(i18n.get("profile.appetite.above", model.risksAboveAppetite()));
    }

    /** The ticked values in their order, when the order says something (two or more). */
    private String order(KnowledgeBase kb, Language lang, List<? extends Enum<?>> values) {
        if (values.size() < 2) {
            return i18n.get("profile.order.hint");
        }
        return i18n.get("profile.order", values.stream().map(v -> kb.label(lang, v))
                .collect(Collectors.joining(i18n.get("profile.order.separator"))));
    }

    private static String bandClass(Band band) {
        return "band-" + band.name().toLowerCase(Locale.ROOT);
    }

    private static void labelled(CheckBox box, String label, String explanation) {
        box.setText(label);
        Tooltip tip = new Tooltip(explanation);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        box.setTooltip(tip);
    }

    private Label bound(Label label, String key) {
        label.textProperty().bind(i18n.text(key));
        return label;
    }

    private static Label muted(String id) {
        Label label = new Label();
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

}
