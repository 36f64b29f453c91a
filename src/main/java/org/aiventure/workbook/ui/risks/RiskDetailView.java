package org.aiventure.workbook.ui.risks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.knowledge.Control;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.ScaleStep;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.TextCommit;
import org.kordamp.ikonli.feather.Feather;

/**
 * The pane under the register for the selected risk: what its likelihood and impact steps mean, its
 * description, its mitigations (from the guide's catalogue for its category or the founder's own) and, for an
 * accepted risk, why and until when. Built once per selected risk and updated in place as the project
 * changes, so typing is never interrupted by its own commits.
 */
final class RiskDetailView extends ScrollPane {

    private final RiskRegisterViewModel model;
    private final I18n i18n;
    private final VBox content = new VBox(10);
    private UUID shownId;
    private Language shownLanguage;
    private Label heading;
    private Label scales;
    private TextCommit description;
    private VBox acceptance;
    private TextCommit rationale;
    private DatePicker expiry;
    private MenuButton fromGuide;
    private VBox mitigations;
    private Label noMitigations;
    private final Map<UUID, MitigationRow> rows = new HashMap<>();
    private boolean updating;

    RiskDetailView(RiskRegisterViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().addAll("risk-detail", "edge-to-edge");
        setFitToWidth(true);
        content.setPadding(new Insets(12, 16, 16, 16));
        content.getStyleClass().add("risk-detail-content");
        setContent(content);
        model.selectedRiskProperty().addListener((obs, old, now) -> show(now));
        i18n.languageProperty().addListener((obs, old, now) -> show(model.selectedRiskProperty().get()));
        show(model.selectedRiskProperty().get());
    }

    private void show(Risk risk) {
        if (risk == null) {
            shownId = null;
            Label hint = new Label(i18n.get("risks.detail.none"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            content.getChildren().setAll(hint);
            return;
        }
        if (!risk.id().equals(shownId) || i18n.language() != shownLanguage) {
            build(risk);
        }
        update(risk);
    }

    private void build(Risk risk) {
        shownId = risk.id();
        shownLanguage = i18n.language();
        rows.clear();
        UUID id = risk.id();
        heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.setId("risk-detail-heading");
        heading.setWrapText(true);
        scales = new Label();
        scales.getStyleClass().add("text-muted");
        scales.setWrapText(true);

        TextArea descriptionArea = new TextArea();
        descriptionArea.setId("risk-detail-description");
        descriptionArea.setWrapText(true);
        descriptionArea.setPrefRowCount(3);
        descriptionArea.setPromptText(i18n.get("risks.detail.description.prompt"));
        description = new TextCommit(descriptionArea, () -> stored(id, descriptionArea, Risk::description),
                text -> model.setDescription(id, text));

        TextArea rationaleArea = new TextArea();
        rationaleArea.setId("risk-detail-rationale");
        rationaleArea.setWrapText(true);
        rationaleArea.setPrefRowCount(2);
        rationaleArea.setPromptText(i18n.get("risks.detail.rationale.prompt"));
        rationale = new TextCommit(rationaleArea, () -> stored(id, rationaleArea,
                r -> r.acceptance() == null ? "" : r.acceptance().rationale()),
                text -> model.setAcceptanceRationale(id, text));
        expiry = new DatePicker();
        expiry.setId("risk-detail-expiry");
        expiry.setPromptText(i18n.get("risks.detail.expiry.prompt"));
        expiry.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                model.setAcceptanceExpiry(id, now);
            }
        });
        GridPane acceptGrid = new GridPane();
        acceptGrid.setHgap(12);
        acceptGrid.setVgap(6);
        acceptGrid.addRow(0, fieldLabel("risks.detail.rationale"), rationaleArea);
        acceptGrid.addRow(1, fieldLabel("risks.detail.expiry"), expiry);
        GridPane.setHgrow(rationaleArea, Priority.ALWAYS);
        Label acceptHint = new Label(i18n.get("risks.detail.acceptance.hint"));
        acceptHint.getStyleClass().add("text-muted");
        acceptHint.setWrapText(true);
        acceptance = new VBox(6, section("risks.detail.acceptance"), acceptHint, acceptGrid);
        acceptance.managedProperty().bind(acceptance.visibleProperty());

        fromGuide = new MenuButton(i18n.get("risks.mitigation.fromGuide.button"), Icons.of(Feather.BOOK_OPEN));
        fromGuide.setId("risk-detail-from-guide");
        Button custom = new Button(i18n.get("risks.mitigation.custom"), Icons.of(Feather.PLUS));
        custom.setId("risk-detail-custom");
        custom.setOnAction(e -> model.addCustomMitigation(id));
        HBox mitigationHeader = new HBox(8, section("risks.detail.mitigations"), fromGuide, custom);
        mitigationHeader.setAlignment(Pos.CENTER_LEFT);
        mitigations = new VBox(4);
        mitigations.setId("risk-detail-mitigations");
        noMitigations = new Label(i18n.get("risks.detail.noMitigations"));
        noMitigations.getStyleClass().add("text-muted");
        noMitigations.setWrapText(true);

        content.getChildren().setAll(heading, scales, section("risks.detail.description"), descriptionArea,
                mitigationHeader, mitigations, acceptance);
    }

    private void update(Risk risk) {
        updating = true;
        try {
            KnowledgeBase kb = model.knowledge();
            Language lang = i18n.language();
            heading.setText(i18n.get("risks.detail.heading", risk.code(), risk.title()));
            ScaleStep l = kb.likelihoodStep(risk.likelihood());
            ScaleStep i = kb.impactStep(risk.impact());
            scales.setText(i18n.get("risks.detail.scales", risk.likelihood(), l.label().in(lang),
                    l.description().in(lang), risk.impact(), i.label().in(lang), i.description().in(lang)));
            description.follow(false);
            boolean accepted = model.acceptanceShownBinding().get();
            acceptance.setVisible(accepted);
            rationale.follow(false);
            LocalDate expires = risk.acceptance() == null ? null : risk.acceptance().expires();
            if (!Objects.equals(expiry.getValue(), expires)) {
                expiry.setValue(expires);
            }
            List<MenuItem> items = new ArrayList<>();
            for (Control c : model.unusedControls(risk)) {
                MenuItem item = new MenuItem(i18n.get("risks.mitigation.fromGuide.item",
                        kb.controlLabel(lang, c.key()), c.defaultEffect()));
                item.setOnAction(e -> model.addControl(risk.id(), c.key()));
                items.add(item);
            }
            fromGuide.getItems().setAll(items);
            fromGuide.setDisable(items.isEmpty());
            showMitigations(risk);
        } finally {
            updating = false;
        }
    }

    /** Keeps the row of each mitigation that is still there, so its fields keep their focus. */
    private void showMitigations(Risk risk) {
        List<Node> next = new ArrayList<>();
        Map<UUID, MitigationRow> kept = new HashMap<>();
        for (Mitigation m : risk.mitigations()) {
            MitigationRow row = rows.get(m.id());
            if (row == null) {
                row = new MitigationRow(risk.id(), m, model, i18n);
            } else {
                row.show(m);
            }
            kept.put(m.id(), row);
            next.add(row);
        }
        rows.clear();
        rows.putAll(kept);
        if (next.isEmpty()) {
            next.add(noMitigations);
        }
        if (!mitigations.getChildren().equals(next)) {
            mitigations.getChildren().setAll(next);
        }
    }

    /**
     * What the project holds for a field of risk {@code id}; a field whose risk is gone (deleted, undone)
     * holds what it shows, so it commits nothing.
     */
    private String stored(UUID id, TextArea field, Function<Risk, String> value) {
        Risk r = model.risk(id);
        return r == null ? field.getText() : value.apply(r);
    }

    private Label section(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("detail-section");
        return label;
    }

    private Label fieldLabel(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("detail-field");
        return label;
    }
}
