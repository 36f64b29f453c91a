package org.aiventure.workbook.ui.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.AreaScore;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.Fraction;
import org.aiventure.workbook.scoring.Grade;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.scoring.Snapshots;
import org.aiventure.workbook.scoring.Term;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.risks.HeatMapData;
import org.aiventure.workbook.ui.risks.HeatMapMode;

/**
 * What the dashboard shows of the open project: the overall readiness and its grade, the four areas with the
 * terms that make them, the findings counted by severity, the heat map and the snapshots of the readiness
 * trend; and the one change it makes, recording a snapshot. Everything is the engine's assessment, so the
 * numbers are the ones the findings panel, the CLI and the briefing print.
 */
public final class DashboardViewModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProjectModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final ReadOnlyObjectWrapper<BigDecimal> overall = new ReadOnlyObjectWrapper<>(this, "overall");
    private final ReadOnlyObjectWrapper<Grade> grade = new ReadOnlyObjectWrapper<>(this, "grade");
    private final ReadOnlyObjectWrapper<List<AreaSummary>> areas =
            new ReadOnlyObjectWrapper<>(this, "areas", List.of());
    private final ReadOnlyObjectWrapper<Map<Severity, Integer>> severityCounts =
            new ReadOnlyObjectWrapper<>(this, "severityCounts", Map.of());
    private final ReadOnlyObjectWrapper<HeatMapData> heatMap =
            new ReadOnlyObjectWrapper<>(this, "heatMap", HeatMapData.EMPTY);
    private final ReadOnlyObjectWrapper<List<Snapshot>> snapshots =
            new ReadOnlyObjectWrapper<>(this, "snapshots", List.of());
    private final ObjectProperty<HeatMapMode> mapMode = new SimpleObjectProperty<>(this, "mapMode",
            HeatMapMode.INHERENT);

    public DashboardViewModel(ProjectModel model, I18n i18n, DialogService dialogs, Navigator navigator) {
        this(model, i18n, dialogs, navigator, Clock.systemUTC(), UUID::randomUUID);
    }

    /** With the clock that dates snapshots and the source of their ids, so a test fixes both. */
    public DashboardViewModel(ProjectModel model, I18n i18n, DialogService dialogs, Navigator navigator,
                              Clock clock, Supplier<UUID> ids) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.clock = clock;
        this.ids = ids;
        // Everything here is the assessment's, with the project it is of (set before it); the snapshots too
        // change by an edit, which is assessed after.
        model.assessmentProperty().addListener(obs -> refresh());
        i18n.languageProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The printed overall readiness, 0-100 at one decimal; null with no project open. */
    public ReadOnlyObjectProperty<BigDecimal> overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Grade> gradeProperty() {
        return grade.getReadOnlyProperty();
    }

    /** The four areas in {@link Area} order, texts in the current language. */
    public ReadOnlyObjectProperty<List<AreaSummary>> areasProperty() {
        return areas.getReadOnlyProperty();
    }

    /** How many findings of each severity, every severity present (0 when none). */
    public ReadOnlyObjectProperty<Map<Severity, Integer>> severityCountsProperty() {
        return severityCounts.getReadOnlyProperty();
    }

    /** Every risk of the register on the heat map (no filters: the whole picture). */
    public ReadOnlyObjectProperty<HeatMapData> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    public ObjectProperty<HeatMapMode> mapModeProperty() {
        return mapMode;
    }

    /** The project's snapshots in the order they were taken: the points of the readiness chart. */
    public ReadOnlyObjectProperty<List<Snapshot>> snapshotsProperty() {
        return snapshots.getReadOnlyProperty();
    }

    /**
     * Asks for an optional label and records the current scores as a snapshot (undoable); returns whether one
     * was recorded (not when the founder cancels).
     */
    public boolean recordSnapshot() {
        Assessment assessment = model.currentAssessment();
        if (model.project() == null || assessment == null) {
            return false;
        }
        Optional<String> label = dialogs.askText(i18n.get("dashboard.snapshot.ask.title"),
                i18n.get("dashboard.snapshot.ask.prompt"), "");
        if (label.isEmpty()) {
            return false;
        }
        Instant now = Instant.now(clock);
        UUID id = ids.get();
        String text = label.get().strip();
        return model.apply(Edit.of("edit.snapshot",
                p -> Snapshots.record(p, assessment, now, text, id)));
    }

    /** Opens the page where an area's score is earned. */
    public void open(Area area) {
        navigator.show(switch (area) {
            case RISKS -> Page.RISKS;
            case TEAM -> Page.TEAM;
            case CANVAS -> Page.CANVAS;
            case ANALYSIS -> Page.ANALYSIS;
        });
    }

    /** Opens the risk register (a heat-map cell's click). */
    public void openRisks() {
        navigator.show(Page.RISKS);
    }

    private void refresh() {
        Project project = model.project();
        Assessment assessment = model.assessmentProperty().get();
        KnowledgeBase kb = model.knowledge();
        if (project == null || assessment == null || kb == null) {
            overall.set(null);
            grade.set(null);
            areas.set(List.of());
            severityCounts.set(counts(List.of()));
            heatMap.set(HeatMapData.EMPTY);
            snapshots.set(List.of());
            return;
        }
        overall.set(assessment.overall());
        grade.set(assessment.grade());
        List<AreaSummary> summaries = new ArrayList<>();
        for (Area area : Area.values()) {
            summaries.add(summary(assessment.area(area), kb, i18n.language()));
        }
        areas.set(List.copyOf(summaries));
        severityCounts.set(counts(assessment.findings()));
        heatMap.set(HeatMapData.of(project.risks(), assessment.risks()));
        snapshots.set(project.snapshots());
    }

    private AreaSummary summary(AreaScore score, KnowledgeBase kb, Language lang) {
        String name = kb.label(lang, score.area());
        List<TermRow> rows = new ArrayList<>();
        for (Term t : score.terms()) {
            String counted = t.denominator().signum() == 0 ? i18n.get("cli.score.term.none")
                    : counted(t.numerator()) + "/" + plain(t.denominator());
            rows.add(new TermRow(t.name().symbol(), i18n.get("term." + t.name().name()), counted,
                    t.value().roundHalfUp(2).toPlainString(), plain(t.weight()),
                    i18n.get("dashboard.term.points", points(t), plain(t.weight().multiply(HUNDRED)))));
        }
        return new AreaSummary(score.area(), name, score.score(),
                i18n.get("cli.score.formula." + score.area().name(), name, score.score().toPlainString()), rows);
    }

    /** The points a term gives: 100 × weight × value, exactly, printed at one decimal. */
    private static String points(Term t) {
        return Fraction.of(t.weight()).multiply(t.value()).multiply(Fraction.of(100)).roundHalfUp(1)
                .toPlainString();
    }

    private static Map<Severity, Integer> counts(List<Finding> findings) {
        EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** A count as written: whole or short decimals as they are, a long sum (T's) at two decimals. */
    private static String counted(BigDecimal value) {
        return plain(value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
