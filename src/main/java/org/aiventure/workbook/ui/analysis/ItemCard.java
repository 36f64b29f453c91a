package org.aiventure.workbook.ui.analysis;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.FindingText;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.Navigator;
import org.kordamp.ikonli.feather.Feather;

/**
 * One opportunity or challenge in its column: badge and title, category, impact and likelihood, the start of
 * the notes, the linked risks as chips (a click opens the risk in the register, × unlinks it) and, when no
 * open risk answers a high-impact challenge, the warning with the one-click fix. A click on the card selects
 * the item. Built afresh whenever its item changes: a card holds nothing the founder types.
 */
final class ItemCard extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** How much of the notes a card shows; the editor shows them all. */
    private static final int EXCERPT = 140;

    ItemCard(AnalysisCard card, boolean selected, AnalysisViewModel model, Navigator navigator,
             Consumer<UUID> select) {
        I18n i18n = model.i18n();
        KnowledgeBase kb = model.knowledge();
        Language lang = i18n.language();
        AnalysisItem item = card.item();
        setId("analysis-card-" + item.id());
        getStyleClass().addAll("analysis-card", card.isChallenge() ? "challenge" : "opportunity");
        pseudoClassStateChanged(SELECTED, selected);
        setOnMouseClicked(e -> select.accept(item.id()));

        Label badge = new Label(AnalysisMatrix.badge(i18n, card), AnalysisMatrix.marker(card.kind()));
        badge.getStyleClass().add("analysis-badge");
        badge.setGraphicTextGap(3);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        Label title = new Label(item.title());
        title.getStyleClass().add("analysis-card-title");
        title.setWrapText(true);
        title.setMaxHeight(40);
        HBox head = new HBox(6, badge, title);
        head.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);

        Label meta = new Label(i18n.get("analysis.card.meta", kb.label(lang, (Enum<?>) item.category()),
                item.impact(), item.likelihood()));
        meta.getStyleClass().add("analysis-card-meta");
        meta.setWrapText(true);
        getChildren().addAll(head, meta);

        if (!item.notes().isBlank()) {
            String notes = item.notes().strip().replaceAll("\\s+", " ");
            Label excerpt = new Label(notes.length() > EXCERPT ? notes.substring(0, EXCERPT) + "…" : notes);
            excerpt.getStyleClass().add("analysis-card-notes");
            excerpt.setWrapText(true);
            excerpt.setMaxHeight(34);
            excerpt.setTextOverrun(OverrunStyle.ELLIPSIS);
            getChildren().add(excerpt);
        }
        if (!card.linkedRisks().isEmpty()) {
            FlowPane chips = new FlowPane(4, 4);
            chips.getStyleClass().add("analysis-chips");
            for (Risk risk : card.linkedRisks()) {
                chips.getChildren().add(chip(item, risk, model, navigator));
            }
            getChildren().add(chips);
        }
        if (card.notInRegister() != null) {
            Label warning = new Label(i18n.get("analysis.card.notInRegister"), Icons.of(Feather.ALERT_TRIANGLE));
            warning.setId("analysis-warning-" + item.id());
            warning.getStyleClass().add("analysis-warning");
            warning.setWrapText(true);
            warning.setTooltip(tooltip(FindingText.message(card.notInRegister(), kb, lang)));
            Button promote = new Button(i18n.get("analysis.promote"), Icons.of(Feather.PLUS));
            promote.setId("analysis-card-promote-" + item.id());
            promote.getStyleClass().addAll("small", "analysis-promote");
            promote.setTooltip(tooltip(FindingText.fix(card.notInRegister(), kb, lang)));
            promote.setOnAction(e -> {
                select.accept(item.id());
                model.addToRegister(item.id());
            });
            VBox box = new VBox(4, warning, promote);
            box.getStyleClass().add("analysis-warning-box");
            getChildren().add(box);
        }
    }

    private static HBox chip(AnalysisItem item, Risk risk, AnalysisViewModel model, Navigator navigator) {
        I18n i18n = model.i18n();
        Button code = new Button(risk.code());
        code.setId("analysis-chip-" + item.id() + "-" + risk.code());
        code.getStyleClass().addAll("flat", "small", "analysis-chip-code");
        code.setTooltip(tooltip(i18n.get("analysis.chip.tooltip", risk.code(), risk.title(),
                model.knowledge().label(i18n.language(), risk.status()))));
        code.setOnAction(e -> navigator.showRisk(risk.id()));
        Button unlink = new Button(null, Icons.of(Feather.X));
        unlink.setId("analysis-unlink-" + item.id() + "-" + risk.code());
        unlink.getStyleClass().addAll("flat", "small", "analysis-chip-unlink");
        unlink.setTooltip(tooltip(i18n.get("analysis.chip.unlink", risk.code())));
        unlink.setOnAction(e -> model.unlink(item.id(), risk.id()));
        HBox chip = new HBox(0, code, unlink);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("analysis-chip");
        if (!risk.isOpen()) {
            chip.getStyleClass().add("not-open");
        }
        return chip;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }
}
