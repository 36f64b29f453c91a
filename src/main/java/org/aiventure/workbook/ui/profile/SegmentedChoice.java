package org.aiventure.workbook.ui.profile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * One of a few values as AtlantaFX pill buttons side by side (a segmented control). Exactly one is always
 * selected: clicking the selected pill keeps it, and setting the value from the project tells no one.
 */
final class SegmentedChoice<E extends Enum<E>> extends HBox {

    private final Map<E, ToggleButton> buttons;
    private final ToggleGroup group = new ToggleGroup();
    private E value;
    private boolean updating;

    SegmentedChoice(Class<E> type, List<E> values, String idPrefix, Consumer<E> onChoose) {
        buttons = new EnumMap<>(type);
        getStyleClass().add("segmented-choice");
        for (int i = 0; i < values.size(); i++) {
            E v = values.get(i);
            ToggleButton b = new ToggleButton();
            b.setId(idPrefix + "-" + v.name());
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? "left-pill" : i == values.size() - 1 ? "right-pill" : "center-pill");
            buttons.put(v, b);
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (updating) {
                return;
            }
            if (now == null) {
                select(value);
                return;
            }
            E chosen = buttons.entrySet().stream().filter(e -> e.getValue() == now).findFirst().orElseThrow().getKey();
            if (chosen != value) {
                value = chosen;
                onChoose.accept(chosen);
            }
        });
    }

    /** Shows a value without telling anyone (the project changed). */
    void select(E next) {
        value = next;
        updating = true;
        try {
            group.selectToggle(next == null ? null : buttons.get(next));
        } finally {
            updating = false;
        }
    }

    /** Writes each pill's text and tooltip in the current language. */
    void relabel(Function<E, String> label, Function<E, String> tooltip) {
        buttons.forEach((v, b) -> {
            b.setText(label.apply(v));
            String tip = tooltip.apply(v);
            if (tip == null) {
                b.setTooltip(null);
            } else {
                Tooltip t = new Tooltip(tip);
                t.setWrapText(true);
                t.setMaxWidth(360);
                b.setTooltip(t);
            }
        });
    }
}
