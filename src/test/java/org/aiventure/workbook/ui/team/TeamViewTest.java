package org.aiventure.workbook.ui.team;

import javafx.application.Platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.aiventure.workbook.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Team page on screen, headless, on the MedTriage example, at the size it gets in the main window
 * (between the project list and the findings panel): the status chip, the practices, the coverage grid.
 */
@ExtendWith(ApplicationExtension.class)
class TeamViewTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    /** MedTriage's security and privacy engineer, PLANNED. */
    private static final UUID SECURITY = UUID.fromString("00000000-0000-4000-8000-000000000104");
    /** MedTriage's CEO, a founder. */
    private static final UUID CEO = UUID.fromString("00000000-0000-4000-8000-000000000101");

    private final I18n i18n = new I18n(Language.EN);
    private final Theme theme = new Theme();
    private Workbook workbook;
    private OpenProject open;
    private ProjectModel model;
    private TeamView view;
    private Scene scene;
    private Stage window;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("aivw-team");
        workbook = Workbook.open(dir.resolve("workbook.db"), KNOWLEDGE);
        UUID id = Examples.importInto(workbook, dir, Examples.MEDTRIAGE).project().id();
        open = workbook.openProject(id, Platform::runLater, Runnable::run);
        model = new ProjectModel(i18n, new ScriptedDialogs());
        model.setOpen(open, KNOWLEDGE);
        Fonts.loadBundled();
        theme.applyCurrent();
        view = new TeamView(new TeamViewModel(model, i18n));
        scene = new Scene(view, 760, 680);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
        window = stage;
    }

    @AfterEach
    void close() {
        open.close();
        workbook.close();
        theme.modeProperty().set(Theme.Mode.LIGHT);
    }

    private boolean missing(Role role) {
        return model.assessmentProperty().get().findings().stream()
                .anyMatch(f -> f.rule().equals("ROLE_MISSING") && f.subject().id().equals(role.name()));
    }

    @Test
    void fillingARoleWithTheStatusChipRemovesItsFinding(FxRobot robot) {
        Screenshots.save(scene, "team");
        assertTrue(missing(Role.SECURITY_PRIVACY));
        Label state = robot.lookup("#team-role-state-SECURITY_PRIVACY").queryAs(Label.class);
        assertEquals("Not in place · Medium", state.getText());

        robot.interact(() -> view.select(Role.SECURITY_PRIVACY));
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<?> status = robot.lookup("#team-entry-status-" + SECURITY).queryAs(ChoiceBox.class);
        assertEquals(TeamStatus.PLANNED, status.getValue());
        Screenshots.save(scene, "team-role");
        robot.clickOn(status);
        robot.clickOn(KNOWLEDGE.label(Language.EN, TeamStatus.FILLED));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(missing(Role.SECURITY_PRIVACY));
        assertEquals("In place", state.getText());
        assertFalse(robot.lookup("#team-role-missing-SECURITY_PRIVACY").query().isVisible());
        assertEquals("Undo set the status of “Security and privacy engineer”", model.undoLabel().get());

        robot.interact(model::undo);
        assertEquals(TeamStatus.PLANNED, status.getValue(), "the chip follows undo");
        assertTrue(missing(Role.SECURITY_PRIVACY));
    }

    @Test
    void theCoversMenuTicksCategoriesOneEditEachAndStaysOpen(FxRobot robot) {
        MenuButton menu = robot.lookup("#team-entry-covers-" + CEO).queryAs(MenuButton.class);
        robot.clickOn(menu);
        CheckBox legal = robot.lookup("#team-entry-cover-LEGAL_ETHICS-" + CEO).queryAs(CheckBox.class);
        robot.clickOn(legal);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(menu.isShowing(), "the menu stays open for the next category");
        TeamEntry ceo = model.project().team().stream().filter(e -> e.id().equals(CEO)).findFirst().orElseThrow();
        assertEquals(List.of(RiskCategory.MARKET, RiskCategory.BUSINESS_MODEL, RiskCategory.TEAM,
                RiskCategory.LEGAL_ETHICS), ceo.covers());
        assertEquals("Undo change what “CEO” answers for", model.undoLabel().get());
        robot.type(KeyCode.ESCAPE);
        robot.interact(model::undo);
        assertFalse(legal.isSelected(), "the menu follows undo");
    }

    @Test
    void practicesTickAndTheirEvidenceCommitsOnEnter(FxRobot robot) {
        robot.interact(() -> view.select(PracticeKey.RISK_CONTROL));
        CheckBox done = robot.lookup("#team-practice-RISK_CONTROL").queryAs(CheckBox.class);
        assertFalse(done.isSelected(), "MedTriage holds no line for risk control: not done");
        robot.clickOn(done);
        assertTrue(model.project().practices().stream().anyMatch(p -> p.key() == PracticeKey.RISK_CONTROL && p.done()));

        TextField evidence = robot.lookup("#team-practice-evidence-RISK_CONTROL").queryAs(TextField.class);
        robot.clickOn(evidence).write("Register reviewed monthly").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Register reviewed monthly", model.project().practices().stream()
                .filter(p -> p.key() == PracticeKey.RISK_CONTROL).findFirst().orElseThrow().evidence());

        // The page grows gracefully in a full window too.
        robot.interact(() -> {
            window.setWidth(1280);
            window.setHeight(800);
            view.select(Role.LEGAL_COMPLIANCE);
        });
        Screenshots.save(scene, "team-wide");
    }

    @Test
    void theCoverageGridMarksACategoryNobodyInPlaceAnswersForAndChineseRelabels(FxRobot robot) {
        // Take the CEO's market cover away and make a market risk critical: the market row turns red.
        robot.interact(() -> {
            model.apply(Edit.of("edit.team.covers", p -> p.withTeam(p.team().stream()
                    .map(e -> e.id().equals(CEO) ? new TeamEntry(e.id(), e.role(),
                            e.title(), e.status(), e.person(), e.notes(), List.of(RiskCategory.TEAM)) : e)
                    .toList()), "CEO"));
            model.apply(Edit.of("edit.risk.add", p -> p.addRisk(
                    new Risk(UUID.randomUUID(), p.nextRiskCode(), "Hospitals stall pilots",
                            "", RiskCategory.MARKET, 4, 5, Treatment.MITIGATE,
                            RiskStatus.OPEN, null, null, null, List.of())),
                    "R"));
        });
        robot.interact(() -> view.select(RiskCategory.MARKET));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#coverage-row-MARKET").query();
        assertTrue(row.getStyleClass().contains("alarm"));
        assertTrue(robot.lookup(".coverage-marker").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Critical risk · no one in place")));
        Screenshots.save(scene, "team-coverage");

        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        assertTrue(robot.lookup(".coverage-marker").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("严重风险 · 无人在岗")));
        Screenshots.save(scene, "team-coverage-zh");
        robot.interact(() -> view.setVvalue(0));
        assertEquals("团队", robot.lookup(".title-2").queryAs(Label.class).getText());
        Screenshots.save(scene, "team-zh");

        robot.interact(() -> theme.modeProperty().set(Theme.Mode.DARK));
        robot.interact(() -> view.select(RiskCategory.MARKET));
        Screenshots.save(scene, "team-dark");
    }
}
