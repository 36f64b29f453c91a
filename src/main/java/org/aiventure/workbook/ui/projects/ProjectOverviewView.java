package org.aiventure.workbook.ui.projects;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.shell.ShellViewModel;

/**
 * The centre of the window: with no project selected, how to start one; with one, what it holds (its
 * profile at a glance and the size of each part), in the current language.
 */
public final class ProjectOverviewView extends StackPane {

    private final ProjectsViewModel model;
    private final ShellViewModel shell;
    private final I18n i18n;

    public ProjectOverviewView(ProjectsViewModel model, ShellViewModel shell, I18n i18n) {
        this.model = model;
        this.shell = shell;
        this.i18n = i18n;
        getStyleClass().add("overview");
        model.current().projectProperty().addListener((obs, old, now) -> render());
        i18n.languageProperty().addListener((obs, old, now) -> render());
        shell.workbookProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        Project project = model.current().project();
        getChildren().setAll(project == null ? new javafx.scene.layout.Pane()
                : overview(project, model.current().knowledge()));
    }

    private Node overview(Project p, KnowledgeBase kb) {
        Language lang = i18n.language();
        Label name = new Label(p.name());
        name.setId("overview-name");
        name.getStyleClass().add("title-2");
        name.setWrapText(true);
        Label summary = new Label(p.summary().isBlank() ? i18n.get("overview.noSummary") : p.summary());
        summary.setWrapText(true);
        summary.getStyleClass().add(p.summary().isBlank() ? "text-muted" : "overview-summary");

        GridPane facts = new GridPane();
        facts.getStyleClass().add("overview-facts");
        facts.setHgap(24);
        facts.setVgap(8);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(lang.locale()).withZone(ZoneId.systemDefault());
        int row = 0;
        row = fact(facts, row, "overview.stage", kb.label(lang, p.stage()));
        row = fact(facts, row, "overview.sectors", labels(kb, lang, p.sectors()));
        row = fact(facts, row, "overview.markets", labels(kb, lang, p.markets()));
        row = fact(facts, row, "overview.language", i18n.get("language." + p.language().tag()));
        row = fact(facts, row, "overview.appetite", String.valueOf(p.riskAppetite()));
        row = fact(facts, row, "overview.created", when.format(p.createdAt()));
        fact(facts, row, "overview.updated", when.format(p.updatedAt()));

        long opportunities = p.analysis().stream().filter(a -> a.kind() == AnalysisKind.OPPORTUNITY).count();
        long open = p.risks().stream().filter(Risk::isOpen).count();
        int mitigations = p.risks().stream().mapToInt(r -> r.mitigations().size()).sum();
        long practicesDone = p.practices().stream().filter(Practice::done).count();
        FlowPane counts = new FlowPane(12, 12,
                count("overview.count.analysis", p.analysis().size(),
                        i18n.get("overview.count.analysis.detail", opportunities, p.analysis().size() - opportunities)),
                count("overview.count.risks", p.risks().size(),
                        i18n.get("overview.count.risks.detail", open, mitigations)),
                count("overview.count.canvas", p.canvas().size(), i18n.get("overview.count.canvas.detail")),
                count("overview.count.team", p.team().size(), i18n.get("overview.count.team.detail")),
                count("overview.count.practices", (int) practicesDone, i18n.get("overview.count.practices.detail")),
                count("overview.count.snapshots", p.snapshots().size(), i18n.get("overview.count.snapshots.detail")));
        counts.setId("overview-counts");

        VBox page = new VBox(16, name, summary, readiness(kb, lang), facts, counts);
        page.setPadding(new Insets(24, 32, 32, 32));
        page.setMaxWidth(960);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The engine's verdict at a glance: readiness with its grade, and the four area scores. */
    private Node readiness(KnowledgeBase kb, Language lang) {
        Assessment a = model.current().assessmentProperty().get();
        Label overall = new Label(a.overall().toPlainString());
        overall.setId("overview-readiness");
        overall.getStyleClass().add("readiness-number");
        Label grade = new Label(i18n.get("overview.grade", a.grade()));
        grade.getStyleClass().addAll("readiness-grade", "grade-" + a.grade().name().toLowerCase(java.util.Locale.ROOT));
        Label caption = new Label(i18n.get("overview.readiness"));
        caption.getStyleClass().add("text-muted");
        HBox scores = new HBox(24);
        scores.setAlignment(Pos.BOTTOM_LEFT);
        for (Area area : Area.values()) {
            Label value = new Label(a.area(area).score().toPlainString());
            value.getStyleClass().add("area-score");
            Label label = new Label(kb.label(lang, area));
            label.getStyleClass().add("text-muted");
            VBox column = new VBox(0, value, label);
            column.setMinWidth(Region.USE_PREF_SIZE);
            scores.getChildren().add(column);
        }
        HBox numbers = new HBox(8, overall, grade);
        numbers.setAlignment(Pos.CENTER_LEFT);
        numbers.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(40, numbers, scores);
        row.setAlignment(Pos.BOTTOM_LEFT);
        caption.setWrapText(true);
        VBox headline = new VBox(4, row, caption);
        headline.getStyleClass().add("overview-readiness");
        return headline;
    }

    private int fact(GridPane grid, int row, String key, String value) {
        Label k = new Label(i18n.get(key));
        k.getStyleClass().add("fact-key");
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return row + 1;
    }

    private Node count(String key, long value, String detail) {
        Label number = new Label(String.valueOf(value));
        number.getStyleClass().add("count-number");
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("count-label");
        label.setWrapText(true);
        Label sub = new Label(detail);
        sub.getStyleClass().add("text-muted");
        sub.setWrapText(true);
        VBox card = new VBox(2, number, label, sub);
        card.getStyleClass().add("count-card");
        return card;
    }

    private String labels(KnowledgeBase kb, Language lang, List<? extends Enum<?>> values) {
        return values.isEmpty() ? i18n.get("overview.none")
                : values.stream().map(v -> kb.label(lang, v)).collect(Collectors.joining(", "));
    }
}
