package org.aiventure.workbook.ui.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.ActionKind;
import org.aiventure.workbook.advice.Advisor;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.testing.Screenshots;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
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

/** The real claim editor, headless, on the MedTriage example: pre-filled, held shut until answered, applied. */
@ExtendWith(ApplicationExtension.class)
class ClaimEditorScreenTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private final I18n i18n = new I18n(Language.EN);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private OpenedProject opened;
    private ProjectModel projects;
    private AdviceViewModel advice;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("aivw-claim");
        projects = new ProjectModel(i18n, dialogs);
        opened = OpenedProject.fromExample(dir, Examples.MEDTRIAGE, projects, Platform::runLater,
                Runnable::run);
        Fonts.loadBundled();
        Theme theme = new Theme();
        theme.applyCurrent();
        Navigator nowhere = new Navigator() {
            @Override
            public void show(Page page) {
            }

            @Override
            public void show(Page page, String subject) {
            }
        };
        advice = new AdviceViewModel(projects, i18n, dialogs, new FxClaimEditor(stage, i18n), nowhere,
                new CurrentThreadTaskExecutor(), Duration.ZERO, UUID::randomUUID);
        Scene scene = new Scene(new BorderPane(), 1024, 700);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(opened::close).get();
    }

    @Test
    void implementingAMitigationShowsTheChangeAndRecordsTheEvidence(FxRobot robot) throws Exception {
        Action claim = first(ActionKind.IMPLEMENT_MITIGATION);
        Risk risk = projects.project().risk(UUID.fromString(claim.subject().id()));
        Mitigation planned = risk.mitigations().stream().filter(m -> m.id().toString().equals(claim.detail()))
                .findFirst().orElseThrow();
        AtomicReference<Boolean> done = perform(claim);
        waitUntil(() -> robot.lookup("#claim-text").tryQuery().isPresent());

        assertEquals(advice.describe(claim), text(robot, "#claim-heading"));
        assertEquals("Readiness " + claim.before() + " → " + claim.after() + " once this is recorded.",
                text(robot, "#claim-readiness"));
        assertEquals(List.of(risk.code() + " · " + risk.title(), planned.title(),
                        KNOWLEDGE.label(Language.EN, planned.state()) + " → Implemented"),
                facts(robot).subList(0, 3));
        assertTrue(facts(robot).get(3).startsWith(planned.effectiveness() + " %, as planned"));
        assertEquals("", robot.lookup("#claim-text").queryAs(TextArea.class).getText());
        assertTrue(robot.lookup("#claim-person").tryQuery().filter(Node::isVisible).isEmpty(), "no person asked");
        assertTrue(robot.lookup("#claim-confirm").query().isDisabled(), "no evidence, no claim");
        assertEquals("Still needed: Evidence", text(robot, "#claim-missing"));

        robot.clickOn("#claim-text").write("Pen test report PT-17, 2026-11-20");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.write("Signed off by Kai Chen");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#claim-confirm").query().isDisabled());
        assertFalse(robot.lookup("#claim-missing").query().isVisible());
        Screenshots.save(robot.lookup("#claim-text").query().getScene(), "confirm-claim");

        robot.clickOn("#claim-confirm");
        waitUntil(() -> done.get() != null);
        assertTrue(done.get());
        Risk after = projects.project().risk(risk.id());
        assertEquals(MitigationState.IMPLEMENTED, after.mitigations().stream()
                .filter(m -> m.id().equals(planned.id())).findFirst().orElseThrow().state());
        assertTrue(after.description().endsWith("Pen test report PT-17, 2026-11-20\nSigned off by Kai Chen"),
                after.description());
        assertEquals(claim.after(), projects.assessmentProperty().get().overall(), "exactly the listed gain");
    }

    @Test
    void fillingARoleAsksWhoFillsItAndCancelChangesNothing(FxRobot robot) throws Exception {
        Action claim = first(ActionKind.FILL_ROLE);
        TeamEntry entry = projects.project().team().stream().filter(e -> e.id().toString().equals(claim.detail()))
                .findFirst().orElseThrow();
        Project before = projects.project();
        AtomicReference<Boolean> cancelled = perform(claim);
        waitUntil(() -> robot.lookup("#claim-person").tryQuery().isPresent());
        assertEquals(List.of(KNOWLEDGE.label(Language.EN, entry.role()),
                KNOWLEDGE.label(Language.EN, entry.status()) + " → Filled"), facts(robot));
        assertEquals(entry.person(), robot.lookup("#claim-person").queryAs(TextField.class).getText());
        assertEquals("Still needed: Who fills it, Evidence", text(robot, "#claim-missing"));
        robot.clickOn("#claim-text").write("Offer signed 2026-11-02");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#claim-confirm").query().isDisabled(), "a filled role names someone");
        assertEquals("Still needed: Who fills it", text(robot, "#claim-missing"));
        robot.clickOn("Cancel");
        waitUntil(() -> cancelled.get() != null);
        assertFalse(cancelled.get());
        assertSame(before, projects.project(), "Cancel changes nothing");

        AtomicReference<Boolean> filled = perform(claim);
        waitUntil(() -> robot.lookup("#claim-person").tryQuery().isPresent());
        robot.clickOn("#claim-person").write("Wen Li");
        robot.clickOn("#claim-text").write("Offer signed 2026-11-02, starts 2027-01-04");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#claim-confirm");
        waitUntil(() -> filled.get() != null);
        assertTrue(filled.get());
        TeamEntry now = projects.project().team().stream().filter(e -> e.id().equals(entry.id())).findFirst()
                .orElseThrow();
        assertEquals(TeamStatus.FILLED, now.status());
        assertEquals("Wen Li", now.person());
        assertTrue(now.notes().endsWith("Offer signed 2026-11-02, starts 2027-01-04"), now.notes());
        assertEquals(claim.after(), projects.assessmentProperty().get().overall(), "a name does not score");
    }

    @Test
    void theEditorSpeaksChinese(FxRobot robot) throws Exception {
        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        Action claim = first(ActionKind.FILL_ROLE);
        AtomicReference<Boolean> cancelled = perform(claim);
        waitUntil(() -> robot.lookup("#claim-person").tryQuery().isPresent());
        assertEquals("尚需填写：由谁担任、证据", text(robot, "#claim-missing"));
        assertTrue(text(robot, "#claim-heading").startsWith("补齐角色："));
        Screenshots.save(robot.lookup("#claim-person").query().getScene(), "confirm-claim-zh");
        robot.clickOn("取消");
        waitUntil(() -> cancelled.get() != null);
        assertFalse(cancelled.get());
    }

    /** Performs the action later: the editor waits in a nested event loop, which the robot then drives. */
    private AtomicReference<Boolean> perform(Action action) {
        AtomicReference<Boolean> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(advice.perform(action)));
        return result;
    }

    /** The top action of the kind; for a role, one whose entry exists, so the form has a status to show. */
    private Action first(ActionKind kind) {
        return Advisor.rank(projects.project(), KNOWLEDGE, projects.assessmentProperty().get()).stream()
                .filter(a -> a.kind() == kind && (kind != ActionKind.FILL_ROLE || !a.detail().isEmpty()))
                .findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> facts(FxRobot robot) {
        return robot.lookup(".claim-fact-value").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
