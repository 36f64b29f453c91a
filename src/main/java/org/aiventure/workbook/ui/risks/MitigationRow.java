package org.aiventure.workbook.ui.risks;

import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.aiventure.workbook.domain.Limits;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.TextCommit;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One mitigation of the selected risk: its state as an icon and a choice, its title (a catalogue control's
 * label, or the founder's own text), its effectiveness and a remove button. It updates in place when the
 * project changes, so a spinner being clicked or a title being typed keeps its focus.
 */
final class MitigationRow extends HBox {

    private final UUID mitigationId;
    private final RiskRegisterViewModel model;
    private final FontIcon stateIcon = new FontIcon();
    private final ChoiceBox<MitigationState> state = new ChoiceBox<>();
    private final Spinner<Integer> effectiveness = new Spinner<>();
    private final Label title = new Label();
    private final TextField customTitle = new TextField();
    private final TextCommit titleCommit;
    private Mitigation shown;
    private boolean updating;

    MitigationRow(UUID riskId, Mitigation m, RiskRegisterViewModel model, I18n i18n) {
        this.mitigationId = m.id();
        this.model = model;
        getStyleClass().add("mitigation-row");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        stateIcon.getStyleClass().addAll("app-icon", "mitigation-state-icon");
        state.getItems().setAll(MitigationState.values());
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(MitigationState s) {
                return s == null ? "" : model.knowledge().label(model.language(), s);
            }

            @Override
            public MitigationState fromString(String text) {
                return null;
            }
        });
        state.setTooltip(new Tooltip(i18n.get("risks.mitigation.state.tooltip")));
        state.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                model.setMitigationState(riskId, mitigationId, now);
            }
        });
        effectiveness.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                Limits.MAX_EFFECTIVENESS, m.effectiveness(), 5));
        effectiveness.setEditable(true);
        effectiveness.setPrefWidth(112);
        effectiveness.setMinWidth(112);
        effectiveness.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        effectiveness.setTooltip(new Tooltip(i18n.get("risks.mitigation.effect.tooltip")));
        effectiveness.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                model.setMitigationEffectiveness(riskId, mitigationId, now);
            }
        });
        Label percent = new Label("%");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        customTitle.setPromptText(i18n.get("risks.mitigation.customPrompt"));
        titleCommit = new TextCommit(customTitle, () -> shown.title(),
                text -> model.setMitigationTitle(riskId, mitigationId, text));
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox.setHgrow(customTitle, Priority.ALWAYS);
        Button remove = new Button(null, Icons.of(Feather.X));
        remove.getStyleClass().addAll("flat", "button-icon");
        remove.setTooltip(new Tooltip(i18n.get("risks.mitigation.remove")));
        remove.setOnAction(e -> model.removeMitigation(riskId, mitigationId));
        boolean custom = m.controlId() == null;
        getChildren().addAll(stateIcon, custom ? customTitle : title, state, effectiveness, percent, remove);
        if (!custom) {
            Tooltip.install(title, new Tooltip(i18n.get("risks.mitigation.fromGuide")));
        }
        show(m);
    }

    void show(Mitigation m) {
        shown = m;
        updating = true;
        try {
            title.setText(m.title());
            titleCommit.follow(false);
            state.setValue(m.state());
            effectiveness.getValueFactory().setValue(m.effectiveness());
            stateIcon.setIconCode(switch (m.state()) {
                case PLANNED -> Feather.CIRCLE;
                case IN_PROGRESS -> Feather.LOADER;
                case IMPLEMENTED -> Feather.CHECK;
                case VERIFIED -> Feather.CHECK_CIRCLE;
            });
        } finally {
            updating = false;
        }
    }
}
