package org.aiventure.workbook.ui.team;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.TextCommit;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Team page, the team-building checklist: the roles the profile requires (and why), the people under
 * each with their status, the founder practices of the guide as a checklist with evidence, and the coverage
 * grid of risk categories by people. It follows the open project after every edit (undo, other pages) and
 * reuses its editors, so a field being typed in keeps its text and caret.
 */
public final class TeamView extends ScrollPane {

    private static final String CSS = "/org/aiventure/workbook/css/team.css";

    private final TeamViewModel model;
    private final I18n i18n;
    private final Label summary = new Label();
    private final VBox roles = new VBox(12);
    private final Map<Role, RoleCardView> cards = new EnumMap<>(Role.class);
    private final Button addCustom = new Button();
    private final Map<PracticeKey, CheckBox> practiceDone = new EnumMap<>(PracticeKey.class);
    private final Map<PracticeKey, TextCommit> practiceEvidence = new EnumMap<>(PracticeKey.class);
    private final Map<PracticeKey, Label> practiceExplanations = new EnumMap<>(PracticeKey.class);
    private final Map<PracticeKey, Node> practiceRows = new EnumMap<>(PracticeKey.class);
    private final CoverageGrid grid;
    private final VBox page;
    private Node selected;
    // True while the practice boxes are set from the project, so their listeners make no edits.
    private boolean updating;

    public TeamView(TeamViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.grid = new CoverageGrid(i18n);
        getStyleClass().addAll("team-page", "edge-to-edge");
        getStylesheets().add(TeamView.class.getResource(CSS).toExternalForm());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        addCustom.setId("team-add-custom");
        addCustom.setGraphic(Icons.of(Feather.PLUS));
        addCustom.textProperty().bind(i18n.text("team.custom.addRole"));
        addCustom.setOnAction(e -> model.addCustomRole().ifPresent(id -> {
            RoleCardView custom = cards.get(Role.CUSTOM);
            if (custom != null) {
                custom.focus(id);
            }
        }));

        page = new VBox(20, header(), rolesSection(), practicesCard(), coverageCard());
        page.getStyleClass().add("team-content");
        page.setMaxWidth(980);
        StackPane centre = new StackPane(page);
        StackPane.setAlignment(page, Pos.TOP_CENTER);
        setContent(centre);

        model.onChange(this::refresh);
        model.knowledgeProperty().addListener((obs, old, now) -> refresh());
        i18n.languageProperty().addListener((obs, old, now) -> {
            cards.values().forEach(RoleCardView::relabel);
            refresh();
        });
        refresh();
    }

    /** Scrolls to a role's card and marks it: where a ROLE_MISSING finding leads. */
    public void select(Role role) {
        RoleCardView card = cards.get(role);
        if (card != null && card.getParent() != null) {
            reveal(card);
        }
    }

    /** Scrolls to a founder practice's line: where a PRACTICE_NOT_DONE finding leads. */
    public void select(PracticeKey key) {
        reveal(practiceRows.get(key));
        practiceDone.get(key).requestFocus();
    }

    /** Scrolls to a category's row of the coverage grid: where a CATEGORY_WITHOUT_OWNER finding leads. */
    public void select(RiskCategory category) {
        Node row = grid.lookup("#coverage-row-" + category.name());
        reveal(row == null ? grid : row);
    }

    // ---- building --------------------------------------------------------------------------------------

    private Node header() {
        Label title = bound(new Label(), "team.title");
        title.getStyleClass().add("title-2");
        Label intro = bound(muted(), "team.intro");
        summary.setId("team-summary");
        summary.getStyleClass().add("team-summary");
        return new VBox(4, title, intro, summary);
    }

    private Node rolesSection() {
        Label title = bound(new Label(), "team.roles.title");
        title.getStyleClass().addAll("title-3");
        Label intro = bound(muted(), "team.roles.intro");
        return new VBox(10, title, intro, roles, addCustom);
    }

    private Node practicesCard() {
        VBox rows = new VBox();
        for (PracticeKey key : PracticeKey.values()) {
            CheckBox done = new CheckBox();
            done.setId("team-practice-" + key.name());
            done.getStyleClass().add("team-practice-name");
            done.setMinWidth(Region.USE_PREF_SIZE);
            done.selectedProperty().addListener((obs, was, is) -> {
                if (!updating) {
                    model.setPracticeDone(key, is);
                }
            });
            TextField evidence = new TextField();
            evidence.setId("team-practice-evidence-" + key.name());
            evidence.promptTextProperty().bind(i18n.text("team.practice.evidence.prompt"));
            HBox.setHgrow(evidence, Priority.ALWAYS);
            practiceEvidence.put(key, new TextCommit(evidence,
                    () -> model.project() == null ? null : model.practice(key).evidence(),
                    text -> model.setPracticeEvidence(key, text)));
            Label explanation = muted();
            explanation.getStyleClass().add("team-practice-explanation");
            HBox line = new HBox(16, done, evidence);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox row = new VBox(4, line, explanation);
            row.getStyleClass().add("team-practice-row");
            if (!rows.getChildren().isEmpty()) {
                rows.getChildren().add(new Separator());
            }
            rows.getChildren().add(row);
            practiceDone.put(key, done);
            practiceExplanations.put(key, explanation);
            practiceRows.put(key, row);
        }
        return card("team.practices.title", "team.practices.intro", rows, "team-practices");
    }

    private Node coverageCard() {
        grid.setId("team-coverage");
        return card("team.coverage.title", "team.coverage.intro", grid, "team-coverage-card");
    }

    private Node card(String titleKey, String introKey, Node body, String id) {
        Label title = bound(new Label(), titleKey);
        title.getStyleClass().addAll("title-4", "team-section-title");
        VBox card = new VBox(10, title, bound(muted(), introKey), body);
        card.getStyleClass().add("team-card");
        card.setId(id);
        return card;
    }

    // ---- following the project -------------------------------------------------------------------------

    private void refresh() {
        Project p = model.project();
        setDisable(p == null || model.knowledge() == null);
        if (isDisabled()) {
            roles.getChildren().clear();
            cards.clear();
            grid.setData(CoverageData.EMPTY);
            summary.setText("");
            return;
        }
        summary.setText(model.summary());
        List<RoleCard> shown = model.roleCards();
        cards.keySet().removeIf(role -> shown.stream().noneMatch(c -> c.role() == role));
        List<Node> wanted = shown.stream().map(c -> {
            RoleCardView view = cards.computeIfAbsent(c.role(), role -> new RoleCardView(model, role));
            view.show(c);
            return (Node) view;
        }).toList();
        // Only a changed order re-adds cards: re-adding a field being typed in would take its focus away.
        if (!roles.getChildren().equals(wanted)) {
            roles.getChildren().setAll(wanted);
        }
        showPractices();
        grid.setData(model.coverage());
    }

    private void showPractices() {
        updating = true;
        try {
            for (PracticeKey key : PracticeKey.values()) {
                CheckBox done = practiceDone.get(key);
                done.setText(model.practiceLabel(key));
                done.setSelected(model.practice(key).done());
                Tooltip tip = new Tooltip(model.practiceExplanation(key));
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                done.setTooltip(tip);
                practiceExplanations.get(key).setText(model.practiceExplanation(key));
                practiceEvidence.get(key).follow(false);
            }
        } finally {
            updating = false;
        }
    }

    /** Scrolls so that {@code node} shows near the top, and marks it as the one the founder was sent to. */
    private void reveal(Node node) {
        if (selected != null) {
            selected.getStyleClass().remove("team-selected");
        }
        selected = node;
        node.getStyleClass().add("team-selected");
        applyCss();
        layout();
        Node content = getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double scrollable = content.getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
        if (scrollable > 0) {
            setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 12) / scrollable)));
        }
    }

    private Label bound(Label label, String key) {
        label.textProperty().bind(i18n.text(key));
        return label;
    }

    private static Label muted() {
        Label label = new Label();
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
