package org.aiventure.workbook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleBooleanProperty;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Grade;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.scoring.Term;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.aiventure.workbook.ui.risks.HeatCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's numbers and its snapshots, against the MedTriage example in a real workbook. */
class DashboardViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final I18n i18n = new I18n(Language.EN);
    private final List<Page> visits = new ArrayList<>();
    private final Navigator navigator = new Navigator() {
        @Override
        public void show(Page page) {
            visits.add(page);
        }

        @Override
        public void show(Page page, String subject) {
            throw new AssertionError("the dashboard opens pages, not subjects");
        }
    };
    private int nextId;
    private OpenedProject opened;
    private ProjectModel projects;
    private DashboardViewModel model;

    @BeforeEach
    void openMedTriage() throws IOException {
        projects = new ProjectModel(i18n, dialogs);
        opened = OpenedProject.fromExample(dir, Examples.MEDTRIAGE, projects, tasks.uiThread(), tasks.assessor());
        model = new DashboardViewModel(projects, i18n, dialogs, navigator, Clock.fixed(NOW, ZoneOffset.UTC),
                () -> new UUID(0, ++nextId));
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private Assessment assessment() {
        return projects.assessmentProperty().get();
    }

    @Test
    void showsTheEnginesReadinessAndGrade() {
        assertEquals(new BigDecimal("60.4"), model.overallProperty().get());
        assertEquals(Grade.C, model.gradeProperty().get());
        List<BigDecimal> scores = model.areasProperty().get().stream().map(AreaSummary::score).toList();
        assertEquals(List.of(new BigDecimal("62.5"), new BigDecimal("38.9"), new BigDecimal("76.7"),
                new BigDecimal("69.2")), scores);
    }

    @Test
    void listsEachAreasTermsWithTheEnginesNumbers() {
        for (AreaSummary summary : model.areasProperty().get()) {
            List<Term> terms = assessment().area(summary.area()).terms();
            assertEquals(terms.size(), summary.terms().size(), summary.area().name());
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                TermRow row = summary.terms().get(i);
                assertEquals(t.name().symbol(), row.symbol());
                assertEquals(i18n.get("term." + t.name().name()), row.meaning());
                assertEquals(t.value().roundHalfUp(2).toPlainString(), row.value());
                assertEquals(0, t.weight().compareTo(new BigDecimal(row.weight())));
            }
        }
        AreaSummary risks = model.areasProperty().get().get(0);
        assertEquals(Area.RISKS, risks.area());
        assertEquals("Risks 62.5 = 100 × (0.3·C + 0.3·K + 0.3·T + 0.1·O)", risks.formula());
        assertEquals(List.of("C", "K", "T", "O"), risks.terms().stream().map(TermRow::symbol).toList());
        Term c = assessment().area(Area.RISKS).terms().get(0);
        assertEquals(c.numerator().stripTrailingZeros().toPlainString() + "/"
                + c.denominator().stripTrailingZeros().toPlainString(), risks.terms().get(0).counted());
        assertTrue(risks.terms().get(0).points().endsWith("of 30"), risks.terms().get(0).points());
    }

    @Test
    void followsTheLanguage() {
        i18n.languageProperty().set(Language.ZH_CN);
        AreaSummary risks = model.areasProperty().get().get(0);
        assertEquals(i18n.get("term.C"), risks.terms().get(0).meaning());
        assertTrue(risks.formula().startsWith(opened.knowledge().label(Language.ZH_CN, Area.RISKS)));
    }

    @Test
    void countsFindingsBySeverity() {
        Map<Severity, Integer> counts = model.severityCountsProperty().get();
        for (Severity s : Severity.values()) {
            long expected = assessment().findings().stream().filter(f -> f.severity() == s).count();
            assertEquals(expected, counts.get(s).longValue(), s.name());
        }
        assertEquals(assessment().findings().size(), counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theHeatMapHoldsEveryRisk() {
        int total = 0;
        for (int l = 1; l <= 5; l++) {
            for (int i = 1; i <= 5; i++) {
                total += model.heatMapProperty().get().count(new HeatCell(l, i));
            }
        }
        assertEquals(projects.project().risks().size(), total);
        assertEquals(1, model.heatMapProperty().get().count(new HeatCell(3, 5)), "R-001 is likelihood 3, impact 5");
    }

    @Test
    void recordingTwoSnapshotsGivesTwoPointsMoreAndUndoRemovesTheLast() {
        int before = model.snapshotsProperty().get().size();
        dialogs.answer("After the pilot").answer("");
        assertTrue(model.recordSnapshot());
        assertTrue(model.recordSnapshot());
        List<Snapshot> snapshots = model.snapshotsProperty().get();
        assertEquals(before + 2, snapshots.size());
        assertEquals("After the pilot", snapshots.get(before).label());
        assertEquals("", snapshots.get(before + 1).label(), "an empty label is allowed");
        assertEquals(new UUID(0, 2), snapshots.get(before + 1).id());
        assertEquals(NOW, snapshots.get(before + 1).takenAt());
        assertEquals(i18n.get("action.undo.named", i18n.get("edit.snapshot")), projects.undoLabel().get());

        projects.undo();
        assertEquals(before + 1, model.snapshotsProperty().get().size());
        assertEquals("After the pilot", model.snapshotsProperty().get().get(before).label());
    }

    @Test
    void aSnapshotHoldsThePrintedScores() {
        dialogs.answer("now");
        model.recordSnapshot();
        Snapshot s = model.snapshotsProperty().get().get(model.snapshotsProperty().get().size() - 1);
        assertEquals(assessment().overall(), s.overall());
        assertEquals(model.overallProperty().get(), s.overall());
        for (AreaSummary a : model.areasProperty().get()) {
            assertEquals(a.score(), s.areas().get(a.area()), a.area().name());
        }
        assertEquals(Assessment.FORMULA, s.formula());
    }

    @Test
    void cancellingTheLabelRecordsNothing() {
        int before = model.snapshotsProperty().get().size();
        dialogs.answer(null);
        assertFalse(model.recordSnapshot());
        assertEquals(before, model.snapshotsProperty().get().size());
        assertFalse(projects.canUndo().get());
    }

    @Test
    void anAreaOpensItsPage() {
        model.open(Area.RISKS);
        model.open(Area.TEAM);
        model.open(Area.CANVAS);
        model.open(Area.ANALYSIS);
        model.openRisks();
        assertEquals(List.of(Page.RISKS, Page.TEAM, Page.CANVAS, Page.ANALYSIS, Page.RISKS), visits);
    }

    @Test
    void showsNothingWithoutAProject() {
        projects.setOpen(null, opened.knowledge());
        assertEquals(null, model.overallProperty().get());
        assertTrue(model.areasProperty().get().isEmpty());
        assertTrue(model.snapshotsProperty().get().isEmpty());
    }

    @Test
    void aDashboardShownAgainAfterEditsShowsTheEditedRisksWhereTheyAreNow() {
        SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
        DashboardViewModel page = new DashboardViewModel(projects.whileShown(shown), i18n, dialogs, navigator,
                Clock.fixed(NOW, ZoneOffset.UTC), UUID::randomUUID);
        var risk = projects.project().risks().get(0);
        HeatCell from = new HeatCell(risk.likelihood(), risk.impact());
        HeatCell to = new HeatCell(risk.likelihood() == 5 ? 1 : 5, risk.impact());
        int before = page.heatMapProperty().get().count(to);

        shown.set(false);
        projects.apply(Edit.of("edit.risk.scale", p -> p.withRisk(risk.id(), r -> r.withScale(to.likelihood(),
                to.impact())), risk.code()));
        shown.set(true);

        assertEquals(before + 1, page.heatMapProperty().get().count(to), "the risk's new cell");
        assertEquals(page.heatMapProperty().get().count(from), model.heatMapProperty().get().count(from),
                "the same map as a dashboard that followed every edit");
    }
}
