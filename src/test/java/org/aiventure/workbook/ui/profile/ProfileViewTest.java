package org.aiventure.workbook.ui.profile;

import javafx.application.Platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.ToggleSwitch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.SaveState;
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

/** The Profile page on screen, headless, on the MedTriage example: typing, answering, relabelling. */
@ExtendWith(ApplicationExtension.class)
class ProfileViewTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private final I18n i18n = new I18n(Language.EN);
    private final Theme theme = new Theme();
    private Workbook workbook;
    private OpenProject open;
    private ProjectModel model;
    private ProfileView view;
    private Scene scene;
    private UUID id;
    private int whatIfOpened;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("aivw-profile");
        workbook = Workbook.open(dir.resolve("workbook.db"), KNOWLEDGE);
        id = Examples.importInto(workbook, dir, Examples.MEDTRIAGE).project().id();
        open = workbook.openProject(id, Platform::runLater, Runnable::run);
        model = new ProjectModel(i18n, new ScriptedDialogs());
        model.setOpen(open, KNOWLEDGE);
        Fonts.loadBundled();
        theme.applyCurrent();
        view = new ProfileView(new ProfileViewModel(model, i18n), () -> whatIfOpened++);
        scene = new Scene(view, 1280, 800);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        open.close();
        workbook.close();
        theme.modeProperty().set(Theme.Mode.LIGHT);
    }

    @Test
    void theWhatIfButtonOpensTheWhatIfWindow(FxRobot robot) {
        assertEquals("What if…", robot.lookup("#profile-what-if").queryAs(Button.class).getText());
        robot.clickOn("#profile-what-if");
        assertEquals(1, whatIfOpened);
    }

    @Test
    void typingRenamesAfterAPauseAsOneEditAndIsSaved(FxRobot robot) throws Exception {
        TextField name = robot.lookup("#profile-name").queryAs(TextField.class);
        assertEquals("MedTriage", name.getText());
        Screenshots.save(scene, "profile");

        robot.clickOn(name);
        robot.interact(() -> name.positionCaret(name.getLength()));
        robot.write(" Pro");
        assertEquals("MedTriage", model.project().name(), "nothing is committed while typing goes on");
        waitUntil(() -> model.project().name().equals("MedTriage Pro"));
        assertTrue(name.isFocused(), "the pause commits without leaving the field");
        assertEquals("Undo rename project", model.undoLabel().get());

        robot.interact(model::undo);
        assertEquals("MedTriage", model.project().name());
        assertEquals("MedTriage", name.getText(), "the field follows undo");
        assertFalse(model.canUndo().get(), "the burst of typing was one edit");
        robot.interact(model::redo);
        assertEquals("MedTriage Pro", name.getText());

        waitUntil(() -> model.saveStateProperty().get().kind() == SaveState.Kind.SAVED);
        assertEquals("MedTriage Pro", workbook.load(id).project().name(), "the store has it");

        reveal(robot, robot.lookup("#profile-appetite").query());
        Screenshots.save(scene, "profile-questions");
    }

    @Test
    void enterCommitsAndTextBeingTypedSurvivesAnEditElsewhere(FxRobot robot) throws Exception {
        TextField name = robot.lookup("#profile-name").queryAs(TextField.class);
        robot.clickOn(name);
        robot.interact(() -> name.positionCaret(name.getLength()));
        robot.write(" X");
        int caret = name.getCaretPosition();
        robot.interact(() -> model.apply(org.aiventure.workbook.domain.Edit.of("edit.profile.appetite",
                p -> p.withRiskAppetite(10))));
        assertEquals("MedTriage X", name.getText(), "an edit elsewhere does not overwrite what is being typed");
        assertEquals(caret, name.getCaretPosition());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("MedTriage X", model.project().name());
        assertEquals(10, model.project().riskAppetite());
    }

    @Test
    void answeringAQuestionChangesTheFindingsAndChineseRelabels(FxRobot robot) throws Exception {
        ToggleSwitch publicFacing = robot.lookup("#profile-fact-publicFacing").queryAs(ToggleSwitch.class);
        assertFalse(publicFacing.isSelected());
        List<Finding> before = model.assessmentProperty().get().findings();
        reveal(robot, publicFacing);
        robot.clickOn(publicFacing);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(model.project().profile().has(ProfileFact.PUBLIC_FACING));
        List<Finding> after = model.assessmentProperty().get().findings();
        assertNotEquals(before, after);
        assertTrue(after.stream().anyMatch(f -> f.subject().id().contains("LEG_ALGORITHM_FILING")),
                "a public product in China needs an algorithm filing");
        assertEquals("Undo answer “Used by the public”", model.undoLabel().get());
        robot.interact(model::undo);
        assertFalse(publicFacing.isSelected(), "the switch follows undo");

        robot.interact(() -> view.setVvalue(0));
        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        String question = KNOWLEDGE.question(Language.ZH_CN, ProfileFact.HANDLES_PERSONAL_DATA);
        assertTrue(robot.lookup(".profile-question").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(question)), "the questions are in Chinese");
        assertEquals("项目资料", robot.lookup(".title-2").queryAs(Label.class).getText());
        Screenshots.save(scene, "profile-zh");

        robot.interact(() -> theme.modeProperty().set(Theme.Mode.DARK));
        reveal(robot, robot.lookup("#profile-appetite").query());
        Screenshots.save(scene, "profile-dark");
    }

    /** Scrolls the page so that a node is in view, as a founder would before clicking it. */
    private void reveal(FxRobot robot, Node node) {
        robot.interact(() -> {
            ScrollPane pane = view;
            Node content = pane.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (inContent.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
