package org.aiventure.workbook.ui.canvas;

import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * One block of the canvas poster: its icon and title on top, then its notes in a scrolling stack, or, while
 * it has none, its guiding questions in muted text, and an add button at its foot. During a drag it marks where a dropped
 * note would land.
 */
final class CanvasBlockPane extends VBox {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final CanvasBlock block;
    private final Label title = new Label();
    private final Button add = new Button();
    private final Label questions = new Label();
    private final VBox notes = new VBox(6);
    private final Region marker = new Region();
    private final Tooltip tooltip = new Tooltip();

    CanvasBlockPane(CanvasBlock block) {
        this.block = block;
        String key = block.name().toLowerCase(Locale.ROOT).replace('_', '-');
        setId("canvas-block-" + key);
        getStyleClass().add("canvas-block");

        title.getStyleClass().add("canvas-block-title");
        title.setGraphic(Icons.of(icon(block)));
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setTooltip(tooltip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        add.setId("canvas-add-" + key);
        add.setGraphic(Icons.of(Feather.PLUS));
        add.getStyleClass().addAll("flat", "canvas-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        // the add button sits at the foot, so that a title as long as "Customer relationships" keeps the
        // block's whole width and breaks between words even at 1280 × 800 beside the side panels
        HBox footer = new HBox(add);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("canvas-block-footer");

        questions.getStyleClass().add("canvas-block-questions");
        questions.setWrapText(true);
        questions.setMaxWidth(Double.MAX_VALUE);
        questions.setMinHeight(Region.USE_PREF_SIZE);
        notes.getStyleClass().add("canvas-block-notes");
        notes.setFillWidth(true);
        marker.getStyleClass().add("canvas-drop-marker");
        ScrollPane scroll = new ScrollPane(notes);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", "canvas-block-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the stack fills the block so that a drop anywhere below the last note lands at the end
        notes.minHeightProperty().bind(scroll.heightProperty().subtract(2));
        getChildren().setAll(title, scroll, footer);
    }

    CanvasBlock block() {
        return block;
    }

    Button addButton() {
        return add;
    }

    /** Relabels the block: its title, its guiding questions (empty state and tooltip). */
    void label(String blockTitle, String asked, String blockTooltip, String addTooltip) {
        title.setText(blockTitle);
        questions.setText(asked);
        tooltip.setText(blockTooltip);
        add.setTooltip(new Tooltip(addTooltip));
    }

    /** Shows these cards in this order, or the questions when there are none; keeps nodes already shown. */
    void showNotes(List<? extends Node> cards) {
        List<Node> next = cards.isEmpty() ? List.of(questions) : List.copyOf(cards);
        if (!notes.getChildren().equals(next)) {
            notes.getChildren().setAll(next);
        }
    }

    /** The cards shown now, in order. */
    List<StickyNote> cards() {
        return notes.getChildren().stream().filter(StickyNote.class::isInstance).map(StickyNote.class::cast)
                .toList();
    }

    /**
     * Where a note dropped at this scene y would land: its index among the block's other cards (every card
     * but {@code dragged}), by the middles of the cards.
     */
    int dropIndex(double sceneY, StickyNote dragged) {
        int index = 0;
        for (StickyNote card : cards()) {
            if (card == dragged) {
                continue;
            }
            Bounds b = card.localToScene(card.getBoundsInLocal());
            if (sceneY < (b.getMinY() + b.getMaxY()) / 2) {
                return index;
            }
            index++;
        }
        return index;
    }

    /** Shows the drop marker before the {@code index}-th card other than {@code dragged}. */
    void showDropMarker(int index, StickyNote dragged) {
        notes.getChildren().remove(marker);
        int seen = 0;
        int at = notes.getChildren().size();
        for (int i = 0; i < notes.getChildren().size(); i++) {
            Node child = notes.getChildren().get(i);
            if (child == dragged || !(child instanceof StickyNote)) {
                continue;
            }
            if (seen == index) {
                at = i;
                break;
            }
            seen++;
        }
        notes.getChildren().add(at, marker);
        pseudoClassStateChanged(DROP_TARGET, true);
    }

    void clearDropMarker() {
        notes.getChildren().remove(marker);
        pseudoClassStateChanged(DROP_TARGET, false);
    }

    /** Draws attention to the block, as when a finding about it is opened. */
    void highlight(boolean on) {
        pseudoClassStateChanged(SELECTED, on);
    }

    /** The poster's pictograms, as near as Feather comes. */
    static Feather icon(CanvasBlock block) {
        return switch (block) {
            case KEY_PARTNERS -> Feather.LINK;
            case KEY_ACTIVITIES -> Feather.CHECK_SQUARE;
            case KEY_RESOURCES -> Feather.PACKAGE;
            case VALUE_PROPOSITIONS -> Feather.GIFT;
            case CUSTOMER_RELATIONSHIPS -> Feather.HEART;
            case CHANNELS -> Feather.TRUCK;
            case CUSTOMER_SEGMENTS -> Feather.USERS;
            case COST_STRUCTURE -> Feather.CREDIT_CARD;
            case REVENUE_STREAMS -> Feather.DOLLAR_SIGN;
        };
    }
}
