package org.aiventure.workbook.ui.analysis;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Limits;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.ScaleStep;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.TextCommit;
import org.aiventure.workbook.ui.common.TextLimit;
import org.kordamp.ikonli.feather.Feather;

/**
 * The editor of the selected item: title, category, impact and likelihood with what their steps mean, the
 * notes, and for a challenge the way into the register (a new risk from it, or a link to an open one). It is
 * built once and follows the selection; texts commit like every field of the app ({@link TextCommit}), and
 * whatever was typed for one item is committed before another is shown.
 */
final class ItemEditor extends StackPane {

    private final AnalysisViewModel model;
    private final I18n i18n;
    private final Label empty = new Label();
    private final VBox form = new VBox(10);
    private final Label heading = new Label();
    private final TextField title = new TextField();
    private final TextArea notes = new TextArea();
    private final ChoiceBox<AnalysisCategory> category = new ChoiceBox<>();
    private final ChoiceBox<Integer> impact = scaleChoice();
    private final Label impactMeaning = muted();
    private final ChoiceBox<Integer> likelihood = scaleChoice();
    private final Label likelihoodMeaning = muted();
    private final Button promote = new Button();
    private final Button link = new Button();
    private final Button delete = new Button();
    private final HBox challengeActions;
    private final TextCommit titleText;
    private final TextCommit notesText;
    private final List<Label> fieldLabels;
    private UUID shownId;
    // True while the controls are set from the project, so their listeners make no edits.
    private boolean updating;

    ItemEditor(AnalysisViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        getStyleClass().add("analysis-editor");
        setId("analysis-editor");

        title.setId("analysis-title");
        title.setTextFormatter(TextLimit.of(Limits.TITLE));
        titleText = new TextCommit(title, () -> value(AnalysisItem::title), text -> model.setTitle(shownId, text));
        notes.setId("analysis-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.setTextFormatter(TextLimit.of(Limits.LONG_TEXT));
        notesText = new TextCommit(notes, () -> value(AnalysisItem::notes), text -> model.setNotes(shownId, text));

        category.setId("analysis-category");
        category.setMaxWidth(Double.MAX_VALUE);
        category.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                model.setCategory(shownId, now);
            }
        });
        impact.setId("analysis-impact");
        impact.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                model.setImpact(shownId, now);
            }
        });
        likelihood.setId("analysis-likelihood");
        likelihood.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                model.setLikelihood(shownId, now);
            }
        });

        promote.setId("analysis-promote");
        promote.setGraphic(Icons.of(Feather.PLUS_SQUARE));
        promote.setOnAction(e -> model.addToRegister(shownId));
        link.setId("analysis-link");
        link.setGraphic(Icons.of(Feather.LINK));
        link.setOnAction(e -> model.chooseRiskToLink(shownId));
        delete.setId("analysis-delete");
        delete.setGraphic(Icons.of(Feather.TRASH_2));
        delete.getStyleClass().addAll("flat", "danger");
        delete.setOnAction(e -> model.delete());
        challengeActions = new HBox(8, promote, link);
        challengeActions.setMinWidth(Region.USE_PREF_SIZE);
        challengeActions.managedProperty().bind(challengeActions.visibleProperty());

        heading.setId("analysis-editor-heading");
        heading.getStyleClass().add("analysis-editor-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(8, heading, challengeActions, delete);
        top.setAlignment(Pos.CENTER_LEFT);

        Label titleLabel = fieldLabel(title);
        Label categoryLabel = fieldLabel(category);
        Label impactLabel = fieldLabel(impact);
        Label likelihoodLabel = fieldLabel(likelihood);
        Label notesLabel = fieldLabel(notes);
        fieldLabels = List.of(titleLabel, categoryLabel, impactLabel, likelihoodLabel, notesLabel);
        GridPane left = grid();
        left.addRow(0, titleLabel, title);
        left.addRow(1, categoryLabel, category);
        left.addRow(2, impactLabel, new VBox(2, impact, impactMeaning));
        left.addRow(3, likelihoodLabel, new VBox(2, likelihood, likelihoodMeaning));
        VBox right = new VBox(4, notesLabel, notes);
        VBox.setVgrow(notes, Priority.ALWAYS);
        HBox columns = new HBox(16, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(340);
        right.setPrefWidth(300);
        left.setMinWidth(0);
        right.setMinWidth(0);
        form.getChildren().addAll(top, columns);
        form.getStyleClass().add("analysis-editor-form");

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        empty.setId("analysis-editor-empty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        getChildren().addAll(scroll, empty);
        scroll.visibleProperty().bind(empty.visibleProperty().not());

        model.selectedProperty().addListener((obs, old, now) -> show(now));
        i18n.languageProperty().addListener((obs, old, now) -> show(model.selectedProperty().get()));
        show(model.selectedProperty().get());
    }

    /** Commits what is being typed for the shown item, before another item is selected. */
    void commitTyping() {
        titleText.commit();
        notesText.commit();
    }

    private void show(AnalysisCard card) {
        boolean other = card == null || !card.id().equals(shownId);
        shownId = card == null ? null : card.id();
        relabel();
        empty.setVisible(card == null);
        if (card == null) {
            titleText.follow(true);
            notesText.follow(true);
            return;
        }
        AnalysisItem item = card.item();
        KnowledgeBase kb = model.knowledge();
        Language lang = i18n.language();
        updating = true;
        try {
            titleText.follow(other);
            notesText.follow(other);
            List<AnalysisCategory> categories = model.categories(item.kind());
            if (!category.getItems().equals(categories)) {
                category.getItems().setAll(categories);
            }
            category.setConverter(converter(c -> kb.label(lang, (Enum<?>) c)));
            category.setValue(item.category());
            impact.setConverter(converter(v -> i18n.get("analysis.scale.choice", v,
                    kb.impactStep(v).label().in(lang))));
            likelihood.setConverter(converter(v -> i18n.get("analysis.scale.choice", v,
                    kb.likelihoodStep(v).label().in(lang))));
            impact.setValue(item.impact());
            likelihood.setValue(item.likelihood());
        } finally {
            updating = false;
        }
        heading.setText(i18n.get("analysis.editor.heading." + item.kind().name(),
                AnalysisMatrix.badge(i18n, card)));
        heading.setGraphic(AnalysisMatrix.marker(item.kind()));
        category.setTooltip(tooltip(kb.explanation(lang, (Enum<?>) item.category())));
        impactMeaning.setText(meaning(kb.impactStep(item.impact()), lang));
        likelihoodMeaning.setText(meaning(kb.likelihoodStep(item.likelihood()), lang));
        challengeActions.setVisible(item.kind() == AnalysisKind.CHALLENGE);
        link.setDisable(model.linkableRisks(item.id()).isEmpty());
    }

    private void relabel() {
        empty.setText(i18n.get("analysis.editor.none"));
        String[] keys = {"analysis.field.title", "analysis.field.category", "analysis.field.impact",
                "analysis.field.likelihood", "analysis.field.notes"};
        for (int i = 0; i < keys.length; i++) {
            fieldLabels.get(i).setText(i18n.get(keys[i]));
        }
        title.setPromptText(i18n.get("analysis.title.prompt"));
        notes.setPromptText(i18n.get("analysis.notes.prompt"));
        promote.setText(i18n.get("analysis.promote"));
        promote.setTooltip(tooltip(i18n.get("analysis.promote.tooltip")));
        link.setText(i18n.get("analysis.link"));
        link.setTooltip(tooltip(i18n.get("analysis.link.tooltip")));
        delete.setText(i18n.get("analysis.delete"));
    }

    private String value(Function<AnalysisItem, String> field) {
        AnalysisCard card = model.card(shownId);
        return card == null ? null : field.apply(card.item());
    }

    private static String meaning(ScaleStep step, Language lang) {
        return step.description().in(lang);
    }

    private static ChoiceBox<Integer> scaleChoice() {
        ChoiceBox<Integer> box = new ChoiceBox<>();
        box.getItems().setAll(IntStream.rangeClosed(1, 5).boxed().toList());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(0);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static Label fieldLabel(Node field) {
        Label label = new Label();
        label.getStyleClass().add("analysis-field-label");
        label.setLabelFor(field);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private static Label muted() {
        Label label = new Label();
        label.getStyleClass().addAll("text-muted", "analysis-field-hint");
        label.setWrapText(true);
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice box does not parse");
            }
        };
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }

}
