package org.aiventure.workbook.ui.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's rows, filters, heat map and edits, against the MedTriage example in a real workbook. */
class RiskRegisterViewModelTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final I18n i18n = new I18n(Language.EN);
    private OpenedProject opened;
    private ProjectModel projects;
    private RiskRegisterViewModel model;

    @BeforeEach
    void openMedTriage() throws IOException {
        projects = new ProjectModel(i18n, dialogs);
        opened = OpenedProject.fromExample(dir, Examples.MEDTRIAGE, projects, tasks.uiThread(), tasks.assessor());
        model = new RiskRegisterViewModel(projects, i18n);
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private boolean finding(String rule, String subject) {
        return projects.assessmentProperty().get().findings().stream()
                .anyMatch(f -> f.rule().equals(rule) && f.subject().id().equals(subject));
    }

    private List<String> codes() {
        return model.rows().stream().map(RiskRow::code).toList();
    }

    private Risk byCode(String code) {
        return projects.project().risks().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void rowsCarryTheScoresAndOwners() {
        assertEquals(List.of("R-001", "R-002", "R-003", "R-004", "R-005", "R-006", "R-007"), codes());
        RiskRow first = model.rows().get(0);
        assertEquals(15, first.inherent());
        assertEquals(Band.HIGH, first.band());
        assertEquals("Patient data leaks from the triage logs", first.title());
        assertEquals("Security and privacy engineer", first.owner().name(), "an open position: its title");
        assertEquals("CEO — Dr. Lena Ortiz", model.row(byCode("R-005").id()).owner().name());
        assertEquals(projects.project().team().size() + 1, model.owners().size(), "team entries and nobody");
        assertNull(model.owners().get(0).id());
    }

    @Test
    void aRiskInAnUncoveredCategoryClearsItsFindingAndTheMissingControlIsAdded() {
        assertTrue(finding("CATEGORY_UNCOVERED", "MODEL_PERFORMANCE"));
        model.categoryFilterProperty().set(RiskCategory.MODEL_PERFORMANCE);
        model.add();
        Risk added = model.selectedRiskProperty().get();
        assertEquals("R-008", added.code());
        assertEquals(RiskCategory.MODEL_PERFORMANCE, added.category());
        assertEquals("New risk", added.title());
        assertEquals(List.of("R-008"), codes(), "the new risk shows under the category filter");
        assertFalse(finding("CATEGORY_UNCOVERED", "MODEL_PERFORMANCE"));
        assertTrue(finding("CONTROL_MISSING", "MODEL_PERFORMANCE:PERF_EVALUATION"));

        assertTrue(model.unusedControls(added).stream().anyMatch(c -> c.key().equals("PERF_EVALUATION")));
        model.addControl(added.id(), "PERF_EVALUATION");
        Mitigation m = model.selectedRiskProperty().get().mitigations().get(0);
        assertEquals("PERF_EVALUATION", m.controlId());
        assertEquals(MitigationState.PLANNED, m.state());
        assertEquals(opened.knowledge().control("PERF_EVALUATION").defaultEffect(), m.effectiveness());
        assertFalse(finding("CONTROL_MISSING", "MODEL_PERFORMANCE:PERF_EVALUATION"));
        assertFalse(model.unusedControls(model.selectedRiskProperty().get()).stream()
                .anyMatch(c -> c.key().equals("PERF_EVALUATION")), "a control is offered once per risk");

        projects.undo();
        assertTrue(finding("CONTROL_MISSING", "MODEL_PERFORMANCE:PERF_EVALUATION"));
        assertEquals(List.of(), model.selectedRiskProperty().get().mitigations(), "the selection follows undo");
        projects.undo();
        assertTrue(finding("CATEGORY_UNCOVERED", "MODEL_PERFORMANCE"));
        assertNull(model.selectedRiskProperty().get(), "the undone risk is no longer selected");
    }

    @Test
    void theMissingAuditControlOnAnExistingRisk() {
        assertTrue(finding("CONTROL_MISSING", "DATA_PRIVACY_SECURITY:DPS_AUDIT"));
        model.addControl(byCode("R-001").id(), "DPS_AUDIT");
        assertFalse(finding("CONTROL_MISSING", "DATA_PRIVACY_SECURITY:DPS_AUDIT"));
        projects.undo();
        assertTrue(finding("CONTROL_MISSING", "DATA_PRIVACY_SECURITY:DPS_AUDIT"));
    }

    @Test
    void deleteAndUndoKeepTheRowsInStep() {
        Risk r3 = byCode("R-003");
        model.select(r3.id());
        model.delete();
        assertFalse(codes().contains("R-003"));
        assertEquals("R-004", model.selectedRiskProperty().get().code(), "the next row takes its place");
        assertEquals("delete R-003", i18n.get(opened.open().undoEdit().orElseThrow().labelKey(),
                opened.open().undoEdit().orElseThrow().labelArgs().toArray()));
        projects.undo();
        assertEquals(List.of("R-001", "R-002", "R-003", "R-004", "R-005", "R-006", "R-007"), codes());
    }

    @Test
    void duplicateTakesTheNextCodeAndNewIds() {
        Risk r1 = byCode("R-001");
        model.select(r1.id());
        model.duplicate();
        Risk copy = model.selectedRiskProperty().get();
        assertEquals("R-008", copy.code());
        assertNotEquals(r1.id(), copy.id());
        assertEquals(r1.title(), copy.title());
        assertEquals(r1.mitigations().size(), copy.mitigations().size());
        for (int i = 0; i < copy.mitigations().size(); i++) {
            assertNotEquals(r1.mitigations().get(i).id(), copy.mitigations().get(i).id());
            assertEquals(r1.mitigations().get(i).controlId(), copy.mitigations().get(i).controlId());
        }
        assertEquals(8, model.rows().size());
    }

    @Test
    void filtersByTextCategoryStatusAndCell() {
        model.filterTextProperty().set("GPU");
        assertEquals(List.of("R-003"), codes(), "title, case-insensitive");
        model.filterTextProperty().set("r-00");
        assertEquals(7, codes().size(), "codes match too");
        model.filterTextProperty().set("");
        model.categoryFilterProperty().set(RiskCategory.LEGAL_ETHICS);
        assertEquals(List.of("R-006", "R-007"), codes());
        model.categoryFilterProperty().set(null);

        model.setStatus(byCode("R-005").id(), RiskStatus.CLOSED);
        model.statusFilterProperty().set(RiskStatus.CLOSED);
        assertEquals(List.of("R-005", "R-007"), codes(), "R-007 was closed already");
        model.statusFilterProperty().set(null);

        HeatCell cell = new HeatCell(3, 5);
        assertEquals(1, model.heatMapProperty().get().count(cell));
        model.toggleCell(cell);
        assertEquals(List.of("R-001"), codes());
        assertTrue(model.filteredBinding().get());
        model.toggleCell(cell);
        assertEquals(7, codes().size(), "a second click lifts the cell filter");

        model.categoryFilterProperty().set(RiskCategory.MARKET);
        assertEquals(0, model.heatMapProperty().get().count(cell), "the map counts what the toolbar lets through");
        model.select(byCode("R-001").id());
        assertEquals(7, codes().size(), "selecting a hidden risk lifts the filters");
    }

    @Test
    void aDescriptionMatchesTheTextFilter() {
        Risk r2 = byCode("R-002");
        model.setDescription(r2.id(), "Nobody can explain the zebra score");
        assertEquals("Nobody can explain the zebra score", projects.project().risk(r2.id()).description(),
                String.valueOf(dialogs.errors));
        assertEquals("Nobody can explain the zebra score", model.row(r2.id()).descriptionProperty().get());
        model.filterTextProperty().set("ZEBRA");
        assertEquals(List.of("R-002"), codes());
    }

    @Test
    void implementingAMitigationLowersTheResidualAndRecoloursTheResidualMap() {
        Risk r1 = byCode("R-001");
        RiskRow row = model.row(r1.id());
        BigDecimal before = row.residual();
        Mitigation planned = r1.mitigations().stream().filter(m -> m.state() == MitigationState.PLANNED
                || m.state() == MitigationState.IN_PROGRESS).findFirst().orElseThrow();
        model.setMitigationState(r1.id(), planned.id(), MitigationState.IMPLEMENTED);
        assertTrue(row.residual().compareTo(before) < 0, "residual " + before + " → " + row.residual());
        assertEquals(row.residualBand(),
                model.heatMapProperty().get().worstResidual(new HeatCell(r1.likelihood(), r1.impact())));
        model.setMitigationEffectiveness(r1.id(), planned.id(), 0);
        model.setMitigationEffectiveness(r1.id(), planned.id(), 90);
        assertEquals(90, byCodeEffect(r1.id(), planned.id()));
        projects.undo();
        assertEquals(0, byCodeEffect(r1.id(), planned.id()), "one undo step per change");
    }

    private int byCodeEffect(UUID riskId, UUID mitigationId) {
        return projects.project().risk(riskId).mitigations().stream().filter(m -> m.id().equals(mitigationId))
                .findFirst().orElseThrow().effectiveness();
    }

    @Test
    void acceptanceFieldsOnlyForAcceptedRisks() {
        Risk r4 = byCode("R-004");
        Risk r5 = byCode("R-005");
        model.select(r4.id());
        assertEquals(Treatment.ACCEPT, r4.treatment());
        assertTrue(model.acceptanceShownBinding().get());
        model.select(r5.id());
        assertFalse(model.acceptanceShownBinding().get());
        model.setTreatment(r5.id(), Treatment.ACCEPT);
        assertTrue(model.acceptanceShownBinding().get());
        assertTrue(finding("ACCEPTANCE_INVALID", r5.id().toString()), "an acceptance without a reason");
        model.setAcceptanceRationale(r5.id(), "Pilots are signed; sales cycles are what they are.");
        model.setAcceptanceExpiry(r5.id(), LocalDate.now().plusMonths(6));
        assertFalse(finding("ACCEPTANCE_INVALID", r5.id().toString()));
        assertEquals("Pilots are signed; sales cycles are what they are.",
                model.selectedRiskProperty().get().acceptance().rationale());
    }

    @Test
    void everyColumnEdits() {
        UUID id = byCode("R-003").id();
        UUID owner = projects.project().team().get(0).id();
        model.setTitle(id, "  GPU bills double  ");
        model.setCategory(id, RiskCategory.BUSINESS_MODEL);
        model.setLikelihood(id, 5);
        model.setImpact(id, 4);
        model.setOwner(id, owner);
        model.setReviewBy(id, LocalDate.of(2030, 1, 1));
        Risk r = projects.project().risk(id);
        assertEquals("GPU bills double", r.title());
        assertEquals(RiskCategory.BUSINESS_MODEL, r.category());
        assertEquals(20, r.inherent());
        assertEquals(owner, r.ownerId());
        assertEquals(LocalDate.of(2030, 1, 1), r.reviewBy());
        RiskRow row = model.row(id);
        assertEquals(Band.CRITICAL, row.band());
        assertEquals(owner, row.owner().id());
        model.setTitle(id, " ");
        assertEquals("GPU bills double", projects.project().risk(id).title(), "a blank title is refused");
        assertEquals(1, dialogs.errors.size());
    }

    @Test
    void customMitigationsAreTitledAndRemoved() {
        UUID id = byCode("R-003").id();
        model.addCustomMitigation(id);
        Mitigation m = projects.project().risk(id).mitigations().get(0);
        assertNull(m.controlId());
        model.setMitigationTitle(id, m.id(), "Cap spend per run");
        assertEquals("Cap spend per run", projects.project().risk(id).mitigations().get(0).title());
        model.removeMitigation(id, m.id());
        assertEquals(List.of(), projects.project().risk(id).mitigations());
    }

    @Test
    void anEmptyRegisterGetsTheGuidesRisksInOneEdit() {
        List<UUID> ids = projects.project().risks().stream().map(Risk::id).toList();
        for (UUID id : ids) {
            model.select(id);
            model.delete();
        }
        assertTrue(model.emptyProperty().get());
        model.addGuideRisks();
        assertFalse(model.emptyProperty().get());
        List<Risk> risks = projects.project().risks();
        assertEquals(List.of(RiskCategory.DATA_PRIVACY_SECURITY, RiskCategory.INTERPRETABILITY,
                RiskCategory.MODEL_PERFORMANCE, RiskCategory.COMPUTE_RESOURCES, RiskCategory.LEGAL_ETHICS),
                risks.stream().map(Risk::category).toList());
        assertEquals(19, risks.stream().mapToInt(r -> r.mitigations().size()).sum());
        assertTrue(risks.stream().flatMap(r -> r.mitigations().stream())
                .allMatch(m -> m.state() == MitigationState.PLANNED));
        assertEquals("R-001", risks.get(0).code());
        projects.undo();
        assertTrue(model.emptyProperty().get(), "one undo takes them all back");
    }

    @Test
    void theGuidesRisksSkipCoveredCategories() {
        model.addGuideRisks();
        List<Risk> added = projects.project().risks().subList(7, projects.project().risks().size());
        assertEquals(List.of(RiskCategory.MODEL_PERFORMANCE), added.stream().map(Risk::category).toList(),
                "MedTriage covers every other section but model performance");
        assertEquals("R-008", added.get(0).code());
    }
}
