package org.aiventure.workbook.ui.findings;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.ui.advice.ActionList;
import org.aiventure.workbook.ui.advice.AdviceViewModel;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The findings beside every page, or at a switch the next best actions: groups by severity, each finding a card with its message, its fix and,
 * where the step is obvious, a button that does it; clicking a card goes to its subject. Collapsed, it is a
 * thin bar that keeps the counts per severity.
 */
public final class FindingsPanel extends StackPane {

    static final double EXPANDED_WIDTH = 290;
    static final double COLLAPSED_WIDTH = 64;
    /** Cards built per group before "Show more": a big register can have thousands of findings. */
    private static final int PAGE = 50;

    private final FindingsViewModel model;
    private final I18n i18n;
    private final VBox groupsBox = new VBox();
    private final ActionList actions;
    private final Node expanded;
    private final Node collapsed;
    private final Map<Severity, Boolean> open = new EnumMap<>(Severity.class);
    private final Map<Severity, Integer> shown = new EnumMap<>(Severity.class);

    public FindingsPanel(FindingsViewModel model, I18n i18n, AdviceViewModel advice) {
        this.model = model;
        this.i18n = i18n;
        this.actions = new ActionList(advice, i18n);
        setId("findings-panel");
        getStyleClass().add("findings-panel");
        getStylesheets().add(getClass().getResource("/org/aiventure/workbook/css/findings.css").toExternalForm());
        for (Severity s : Severity.values()) {
            // The sketch opens what needs doing first and folds the long tail.
            open.put(s, s == Severity.CRITICAL || s == Severity.HIGH);
            shown.put(s, PAGE);
        }
        expanded = expandedView();
        collapsed = collapsedView();
        model.groupsProperty().addListener((obs, old, now) -> renderGroups());
        i18n.languageProperty().addListener((obs, old, now) -> renderGroups());
        model.collapsedProperty().addListener((obs, old, now) -> showMode());
        renderGroups();
        showMode();
    }

    private void showMode() {
        boolean folded = model.collapsedProperty().get();
        double width = folded ? COLLAPSED_WIDTH : EXPANDED_WIDTH;
        setMinWidth(width);
        setPrefWidth(width);
        setMaxWidth(width);
        getChildren().setAll(folded ? collapsed : expanded);
    }

    private Node expandedView() {
        Label title = new Label();
        title.setId("findings-title");
        title.getStyleClass().add("findings-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("findings.title", model.totalProperty().get()),
                model.totalProperty(), i18n.languageProperty()));
        Button collapse = iconButton(Feather.CHEVRONS_RIGHT, "findings.collapse");
        collapse.setId("findings-collapse");
        collapse.setOnAction(e -> model.collapsedProperty().set(true));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, collapse);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("findings-header");

        groupsBox.getStyleClass().add("findings-groups");
        actions.setId("findings-actions");
        actions.getStyleClass().add("findings-actions");
        ScrollPane scroll = new ScrollPane(groupsBox);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // a narrow column holds one list at a time: what is wrong, or what to do first
        ToggleGroup shown = new ToggleGroup();
        ToggleButton showFindings = pill("findings-show-findings", "findings.show.findings", shown, "left-pill");
        ToggleButton showActions = pill("findings-show-actions", "findings.show.actions", shown, "right-pill");
        shown.selectToggle(showFindings);
        shown.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                shown.selectToggle(old);
            } else {
                scroll.setContent(now == showActions ? actions : groupsBox);
                scroll.setVvalue(0);
            }
        });
        HBox switcher = new HBox(showFindings, showActions);
        switcher.getStyleClass().add("findings-switcher");
        VBox box = new VBox(header, switcher, scroll);
        box.getStyleClass().add("findings-expanded");
        return box;
    }

    private ToggleButton pill(String id, String textKey, ToggleGroup group, String shape) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.textProperty().bind(i18n.text(textKey));
        button.setToggleGroup(group);
        button.getStyleClass().addAll(shape, "small");
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        return button;
    }

    private Node collapsedView() {
        Button expand = iconButton(Feather.CHEVRONS_LEFT, "findings.expand");
        expand.setId("findings-expand");
        expand.setOnAction(e -> model.collapsedProperty().set(false));
        VBox bar = new VBox(expand);
        bar.setAlignment(Pos.TOP_CENTER);
        bar.getStyleClass().add("findings-collapsed");
        for (Severity s : Severity.values()) {
            Label count = new Label();
            count.setId("findings-count-" + s.name());
            count.getStyleClass().add("findings-count");
            count.textProperty().bind(model.countProperty(s).asString());
            Label name = new Label();
            name.getStyleClass().add("findings-count-name");
            name.textProperty().bind(i18n.text("severity." + s.name()));
            VBox item = new VBox(2, dot(s), count, name);
            item.setAlignment(Pos.CENTER);
            item.getStyleClass().add("findings-count-item");
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.createStringBinding(
                    () -> i18n.get("findings.group", i18n.get("severity." + s.name()), model.countProperty(s).get()),
                    model.countProperty(s), i18n.languageProperty()));
            Tooltip.install(item, tip);
            // The whole bar opens the panel, not only its button: it is a narrow target.
            item.setOnMouseClicked(e -> model.collapsedProperty().set(false));
            bar.getChildren().add(item);
        }
        return bar;
    }

    private void renderGroups() {
        if (!model.hasProject()) {
            groupsBox.getChildren().setAll(hint("findings.noProject", null));
            return;
        }
        if (model.totalProperty().get() == 0) {
            groupsBox.getChildren().setAll(hint("findings.none.title", "findings.none.text"));
            return;
        }
        groupsBox.getChildren().clear();
        model.groupsProperty().get().forEach((severity, findings) -> groupsBox.getChildren().add(group(severity, findings)));
    }

    private Node group(Severity severity, List<Finding> findings) {
        boolean isOpen = open.get(severity) && !findings.isEmpty();
        Label name = new Label(i18n.get("findings.group", i18n.get("severity." + severity.name()), findings.size()));
        name.getStyleClass().add("findings-group-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, dot(severity), name, spacer);
        if (!findings.isEmpty()) {
            header.getChildren().add(Icons.of(isOpen ? Feather.CHEVRON_DOWN : Feather.CHEVRON_RIGHT));
            header.setFocusTraversable(true);
            header.setOnMouseClicked(e -> toggle(severity));
            header.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    toggle(severity);
                }
            });
        }
        header.setId("findings-group-" + severity.name());
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("findings-group-header");
        VBox group = new VBox(header);
        group.getStyleClass().add("findings-group");
        if (isOpen) {
            int limit = Math.min(shown.get(severity), findings.size());
            VBox cards = new VBox(8);
            cards.getStyleClass().add("findings-cards");
            findings.subList(0, limit).forEach(f -> cards.getChildren().add(card(f)));
            if (limit < findings.size()) {
                Button more = new Button(i18n.get("findings.more", Math.min(PAGE, findings.size() - limit)));
                more.getStyleClass().addAll("flat", "findings-more");
                more.setOnAction(e -> {
                    shown.merge(severity, PAGE, Integer::sum);
                    renderGroups();
                });
                cards.getChildren().add(more);
            }
            group.getChildren().add(cards);
        }
        return group;
    }

    private void toggle(Severity severity) {
        open.merge(severity, true, (was, ignored) -> !was);
        renderGroups();
    }

    private Node card(Finding finding) {
        Label message = new Label(model.message(finding));
        message.setWrapText(true);
        message.getStyleClass().add("finding-message");
        Label fix = new Label(model.fix(finding));
        fix.setWrapText(true);
        fix.getStyleClass().add("finding-fix-text");
        VBox card = new VBox(6, message, fix);
        card.getStyleClass().addAll("finding-card", "severity-" + finding.severity().name().toLowerCase(Locale.ROOT));
        model.quickFix(finding).ifPresent(quick -> {
            Button button = new Button(i18n.get(quick.labelKey()), Icons.of(icon(quick)));
            button.getStyleClass().addAll("small", "finding-fix");
            button.setOnAction(e -> model.applyFix(finding));
            // The card navigates on click; the button's own click must not also move the window.
            button.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);
            card.getChildren().add(button);
        });
        card.setFocusTraversable(true);
        Tooltip.install(card, new Tooltip(i18n.get("findings.open.tooltip")));
        card.setOnMouseClicked(e -> model.open(finding));
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.open(finding);
            }
        });
        return card;
    }

    private Node hint(String titleKey, String textKey) {
        VBox box = new VBox(6);
        box.getStyleClass().add("findings-empty");
        if (textKey != null) {
            var icon = Icons.of(Feather.CHECK_CIRCLE);
            icon.getStyleClass().add("findings-empty-icon");
            Label title = new Label(i18n.get(titleKey));
            title.getStyleClass().add("findings-empty-title");
            box.getChildren().addAll(icon, title);
        }
        Label text = new Label(i18n.get(textKey == null ? titleKey : textKey));
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        box.getChildren().add(text);
        box.setId("findings-empty");
        return box;
    }

    private static Node dot(Severity severity) {
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll("severity-dot", "severity-" + severity.name().toLowerCase(Locale.ROOT));
        return dot;
    }

    private Button iconButton(Feather icon, String tooltipKey) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll("flat", "button-icon");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tooltipKey));
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(i18n.text(tooltipKey));
        return button;
    }

    private static Feather icon(QuickFix fix) {
        return switch (fix) {
            case ADD_RISK -> Feather.PLUS;
            case ADD_CONTROL -> Feather.SHIELD;
            case ASSIGN_OWNER, ASSIGN_COVER -> Feather.USER_PLUS;
        };
    }
}
