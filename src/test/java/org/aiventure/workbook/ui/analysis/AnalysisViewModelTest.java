package org.aiventure.workbook.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.OpportunityCategory;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.GuideItem;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.TermName;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis page's cards, its way into the register and the guide's items, against the examples in a real
 * workbook. MedTriage has two opportunities and three challenges; "Medical-device regulation may apply"
 * (impact 5) is linked to no risk, so CHALLENGE_NOT_IN_REGISTER fires for it and L is 2/3.
 */
class AnalysisViewModelTest {

    private static final UUID HEALTH_DATA = UUID.fromString("00000000-0000-4000-8000-000000000403");
    private static final UUID CLINICIANS = UUID.fromString("00000000-0000-4000-8000-000000000404");
    private static final UUID REGULATION = UUID.fromString("00000000-0000-4000-8000-000000000405");
    private static final UUID R002 = UUID.fromString("00000000-0000-4000-8000-000000000202");

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final I18n i18n = new I18n(Language.EN);
    private final ProjectModel projects = new ProjectModel(i18n, dialogs);
    private OpenedProject opened;
    private AnalysisViewModel model;

    private void open(String example) throws IOException {
        opened = OpenedProject.fromExample(dir, example, projects, tasks.uiThread(), tasks.assessor());
        model = new AnalysisViewModel(projects, i18n, dialogs);
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private boolean notInRegister(UUID item) {
        return projects.assessmentProperty().get().findings().stream().anyMatch(f ->
                f.rule().equals("CHALLENGE_NOT_IN_REGISTER") && f.subject().id().equals(item.toString()));
    }

    private BigDecimal score() {
        return model.scoreProperty().get().score();
    }

    private AnalysisItem item(UUID id) {
        return projects.project().analysis().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void cardsNumberEachKindAndCarryLinksAndTheFinding() throws IOException {
        open(Examples.MEDTRIAGE);
        assertEquals(2, model.opportunities().size());
        assertEquals(3, model.challenges().size());
        AnalysisCard regulation = model.card(REGULATION);
        assertEquals(3, regulation.number());
        assertNotNull(regulation.notInRegister(), "the unlinked high-impact challenge is flagged");
        assertNull(model.card(HEALTH_DATA).notInRegister());
        assertEquals(List.of("R-001"), model.card(HEALTH_DATA).linkedRisks().stream().map(Risk::code).toList());
        assertEquals(new BigDecimal("69.2"), score(), "100 × (0.4·2/3 + 0.3·3/4 + 0.3·2/3)");
    }

    @Test
    void addingAChallengeToTheRegisterCreatesALinkedPrefilledRiskInOneUndoableEdit() throws IOException {
        open(Examples.MEDTRIAGE);
        model.select(REGULATION);
        Risk risk = model.addToRegister(REGULATION);

        assertNotNull(risk);
        Risk stored = projects.project().risk(risk.id());
        assertEquals("R-008", stored.code());
        assertEquals("Medical-device regulation may apply", stored.title());
        assertEquals("Class IIa software if it drives decisions.", stored.description(), "the notes describe it");
        assertEquals(RiskCategory.LEGAL_ETHICS, stored.category());
        assertEquals(3, stored.likelihood());
        assertEquals(5, stored.impact());
        assertEquals(Treatment.MITIGATE, stored.treatment());
        assertEquals(RiskStatus.OPEN, stored.status());
        KnowledgeBase kb = projects.knowledge();
        List<String> controls = kb.riskTemplate(RiskCategory.LEGAL_ETHICS).controls();
        assertEquals(controls, stored.mitigations().stream().map(Mitigation::controlId).toList());
        assertTrue(stored.mitigations().stream().allMatch(m -> m.state() == MitigationState.PLANNED
                && m.effectiveness() == kb.control(m.controlId()).defaultEffect()));
        assertEquals(List.of(risk.id()), item(REGULATION).linkedRiskIds());
        assertFalse(notInRegister(REGULATION), "the finding goes");
        assertNull(model.card(REGULATION).notInRegister());
        assertEquals(List.of("R-008"), model.card(REGULATION).linkedRisks().stream().map(Risk::code).toList());
        assertEquals(new BigDecimal("79.2"), score(), "L is 3/3");
        assertEquals(REGULATION, model.selectedProperty().get().id(), "the challenge stays selected");

        projects.undo();
        assertEquals(7, projects.project().risks().size(), "one undo takes back the risk ...");
        assertEquals(List.of(), item(REGULATION).linkedRiskIds(), "... and the link");
        assertTrue(notInRegister(REGULATION));
        assertEquals(new BigDecimal("69.2"), score());
    }

    @Test
    void aChallengeWithoutNotesGetsTheTemplatesDescriptionInTheProjectsLanguage() throws IOException {
        open(Examples.MEDTRIAGE);
        i18n.languageProperty().set(Language.ZH_CN);
        Risk risk = model.addToRegister(CLINICIANS);
        KnowledgeBase kb = projects.knowledge();
        assertEquals(kb.riskTemplate(RiskCategory.INTERPRETABILITY).description().in(Language.EN),
                risk.description());
        assertEquals(kb.controlLabel(Language.EN, risk.mitigations().get(0).controlId()),
                risk.mitigations().get(0).title(), "the mitigations too are in the project's language");
        assertNull(model.addToRegister(model.opportunities().get(0).id()), "an opportunity is no risk");
    }

    @Test
    void linkAndUnlinkExistingRisks() throws IOException {
        open(Examples.MEDTRIAGE);
        model.unlink(CLINICIANS, R002);
        assertEquals(List.of(), item(CLINICIANS).linkedRiskIds());
        assertTrue(notInRegister(CLINICIANS), "unlinked, the impact-4 challenge is no longer answered");

        List<String> offered = model.linkableRisks(CLINICIANS).stream().map(Risk::code).toList();
        assertEquals(List.of("R-001", "R-002", "R-003", "R-004", "R-005", "R-006"), offered,
                "only open risks are offered; R-007 is closed");
        dialogs.answer(1);
        model.chooseRiskToLink(CLINICIANS);
        assertEquals(List.of(R002), item(CLINICIANS).linkedRiskIds());
        assertFalse(notInRegister(CLINICIANS));

        dialogs.answer(null);
        model.chooseRiskToLink(CLINICIANS);
        assertEquals(List.of(R002), item(CLINICIANS).linkedRiskIds(), "cancelled, nothing changes");

        projects.undo();
        assertTrue(notInRegister(CLINICIANS), "undo takes back the link");
    }

    @Test
    void theGuidesMissingItemsAreAddedOnceEach() throws IOException {
        open(Examples.MEDTRIAGE);
        List<GuideItem> missing = model.missingGuideItems();
        assertEquals(List.of("TECH_INNOVATION", "COMPUTE_RESOURCES"), missing.stream().map(GuideItem::key).toList());

        model.addAllFromGuide();
        List<AnalysisItem> analysis = projects.project().analysis();
        assertEquals(7, analysis.size());
        AnalysisItem tech = analysis.get(5);
        assertEquals(OpportunityCategory.TECH_INNOVATION, tech.category());
        assertEquals(missing.get(0).title().in(Language.EN), tech.title());
        assertEquals(missing.get(0).text().in(Language.EN), tech.notes());
        assertEquals(RiskCategory.COMPUTE_RESOURCES, analysis.get(6).category());
        assertEquals(AnalysisKind.CHALLENGE, analysis.get(6).kind());
        assertEquals(List.of(), model.missingGuideItems());
        var area = model.scoreProperty().get();
        assertEquals(new BigDecimal("3"), area.term(TermName.OP).numerator());
        assertEquals(new BigDecimal("4"), area.term(TermName.CH).numerator());
        assertEquals(new BigDecimal("90.0"), score(), "100 × (0.4 + 0.3 + 0.3·2/3)");

        projects.undo();
        assertEquals(5, projects.project().analysis().size(), "all of them in one undo step");
        assertEquals(new BigDecimal("69.2"), score());
    }

    @Test
    void theGuidesItemsAreWrittenInTheProjectsLanguage() throws IOException {
        open(Examples.ZHIZAO);
        List<GuideItem> missing = model.missingGuideItems();
        assertEquals(List.of("DATA_PRIVACY_SECURITY", "LEGAL_ETHICS"),
                missing.stream().map(GuideItem::key).toList());
        BigDecimal before = model.scoreProperty().get().term(TermName.CH).numerator();

        model.addFromGuide(missing.get(1));
        AnalysisItem added = model.selectedProperty().get().item();
        assertEquals(missing.get(1).title().in(Language.ZH_CN), added.title(), "Chinese, though the screen is English");
        assertEquals(RiskCategory.LEGAL_ETHICS, added.category());
        assertEquals(List.of("DATA_PRIVACY_SECURITY"), model.missingGuideItems().stream().map(GuideItem::key).toList());
        assertEquals(before.add(BigDecimal.ONE), model.scoreProperty().get().term(TermName.CH).numerator());
    }

    @Test
    void fieldEditsAddAndDeleteAreUndoable() throws IOException {
        open(Examples.MEDTRIAGE);
        model.setImpact(REGULATION, 3);
        assertFalse(notInRegister(REGULATION), "below impact 4 a challenge needs no risk");
        model.setCategory(REGULATION, RiskCategory.OTHER);
        assertEquals(RiskCategory.OTHER, item(REGULATION).category());
        assertFalse(model.setTitle(REGULATION, "   "), "a blank title is refused ...");
        assertEquals(1, dialogs.errors.size(), "... and explained");
        assertTrue(model.setTitle(REGULATION, "  MDR class IIa  "));
        assertEquals("MDR class IIa", item(REGULATION).title());

        model.add(AnalysisKind.OPPORTUNITY);
        AnalysisCard added = model.selectedProperty().get();
        assertEquals(AnalysisKind.OPPORTUNITY, added.kind());
        assertEquals(OpportunityCategory.OTHER_OPPORTUNITY, added.item().category());
        assertEquals("New opportunity", added.item().title());
        assertEquals(3, added.number());
        model.delete();
        assertEquals(2, model.opportunities().size());
        projects.undo();
        assertEquals(3, model.opportunities().size());

        model.select(REGULATION);
        model.delete();
        assertEquals(2, model.challenges().size());
        assertEquals(CLINICIANS, model.selectedProperty().get().id(), "the next of its kind is selected");
        projects.undo();
        assertEquals("MDR class IIa", model.card(REGULATION).item().title());
        AnalysisCategory category = model.card(REGULATION).item().category();
        assertEquals(RiskCategory.OTHER, category);
    }
}
