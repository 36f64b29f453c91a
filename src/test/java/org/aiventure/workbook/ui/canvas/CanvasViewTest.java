package org.aiventure.workbook.ui.canvas;

import javafx.application.Platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.OpenProject;
import org.aiventure.workbook.session.SaveState;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.Screenshots;
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

/** The Canvas page on screen, headless, on the MedTriage example: dragging, adding and editing notes. */
@ExtendWith(ApplicationExtension.class)
class CanvasViewTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    private final I18n i18n = new I18n(Language.EN);
    private final Theme theme = new Theme();
    private final List<UUID> risksShown = new ArrayList<>();
    private Path database;
    private Workbook workbook;
    private OpenProject open;
    private ProjectModel model;
    private Scene scene;
    private Stage stage;
    private UUID id;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("aivw-canvas");
        database = dir.resolve("workbook.db");
        workbook = Workbook.open(database, KNOWLEDGE);
        id = Examples.importInto(workbook, dir, Examples.MEDTRIAGE).project().id();
        open = workbook.openProject(id, Platform::runLater, Runnable::run);
        model = new ProjectModel(i18n, new ScriptedDialogs());
        model.setOpen(open, KNOWLEDGE);
        Fonts.loadBundled();
        theme.applyCurrent();
        Navigator navigator = new Navigator() {
            @Override
            public void show(Page page) {
            }

            @Override
            public void show(Page page, String subject) {
                if (subject.startsWith("RISK:")) {
                    risksShown.add(UUID.fromString(subject.substring(5)));
                }
            }
        };
        scene = new Scene(new CanvasView(model, i18n, navigator), 1280, 800);
        theme.style(scene);
        stage.setScene(scene);
        // the stage outlives a test: a test before may have made it narrow
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        if (open != null) {
            open.close();
        }
        if (workbook != null) {
            workbook.close();
        }
        theme.modeProperty().set(Theme.Mode.LIGHT);
    }

    private StickyNote card(FxRobot robot, String text) {
        return robot.lookup(".sticky-note").queryAllAs(StickyNote.class).stream()
                .filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }

    private List<CanvasNote> notes(CanvasBlock block) {
        return model.project().canvas().stream().filter(n -> n.block() == block)
                .sorted(java.util.Comparator.comparingInt(CanvasNote::position)).toList();
    }

    @Test
    void aNoteDraggedToAnotherBlockIsThereAfterARestart(FxRobot robot) throws Exception {
        Screenshots.save(scene, "canvas");
        StickyNote vendor = card(robot, "Foundation-model vendor");
        Node channels = robot.lookup("#canvas-block-channels").query();

        robot.drag(vendor).dropTo(channels);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Pilot hospital"), notes(CanvasBlock.KEY_PARTNERS).stream().map(CanvasNote::text).toList());
        assertEquals(List.of("Consumer app store", "Foundation-model vendor"),
                notes(CanvasBlock.CHANNELS).stream().map(CanvasNote::text).toList(), "dropped below the last note");
        assertEquals(List.of(0, 1), notes(CanvasBlock.CHANNELS).stream().map(CanvasNote::position).toList());
        assertEquals("Undo move note", model.undoLabel().get());
        assertTrue(robot.lookup("#canvas-block-channels .sticky-note").queryAllAs(StickyNote.class)
                .contains(vendor), "the same card now shows in the new block");

        waitUntil(() -> model.saveStateProperty().get().kind() == SaveState.Kind.SAVED);
        robot.interact(() -> model.setOpen(null, KNOWLEDGE));
        open.close();
        workbook.close();
        open = null;
        workbook = Workbook.open(database, KNOWLEDGE);
        List<String> reopened = workbook.load(id).project().canvas().stream()
                .filter(n -> n.block() == CanvasBlock.CHANNELS).map(CanvasNote::text).toList();
        assertTrue(reopened.contains("Foundation-model vendor"), "found there after a restart: " + reopened);
    }

    @Test
    void dragWithinABlockReordersAndTheKeyboardDoesTheSame(FxRobot robot) {
        StickyNote telehealth = card(robot, "Telehealth providers");
        StickyNote hospitals = card(robot, "Emergency departments of mid-size hospitals");
        Bounds top = hospitals.localToScreen(hospitals.getBoundsInLocal());

        robot.drag(telehealth).moveTo(top.getMinX() + 20, top.getMinY() + 4).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Telehealth providers", "Emergency departments of mid-size hospitals"),
                notes(CanvasBlock.CUSTOMER_SEGMENTS).stream().map(CanvasNote::text).toList());

        robot.clickOn(telehealth);
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Emergency departments of mid-size hospitals", "Telehealth providers"),
                notes(CanvasBlock.CUSTOMER_SEGMENTS).stream().map(CanvasNote::text).toList());
        assertTrue(telehealth.isFocused(), "the moved note keeps the focus");
    }

    @Test
    void addAndEditInPlaceThenChineseAndDarkAndNarrow(FxRobot robot) throws Exception {
        Label questions = robot.lookup("#canvas-block-key-activities .canvas-block-questions").queryAs(Label.class);
        assertTrue(questions.getText().contains(KNOWLEDGE.guidingQuestions(Language.EN,
                CanvasBlock.KEY_ACTIVITIES).get(0)), "an empty block shows its guiding questions");

        robot.clickOn("#canvas-add-key-activities");
        robot.write("Weekly evaluation with clinicians");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Weekly evaluation with clinicians"),
                notes(CanvasBlock.KEY_ACTIVITIES).stream().map(CanvasNote::text).toList());
        assertTrue(model.assessmentProperty().get().findings().stream().noneMatch(f ->
                f.rule().equals("CANVAS_BLOCK_EMPTY") && f.subject().id().equals("KEY_ACTIVITIES")));

        StickyNote added = card(robot, "Weekly evaluation with clinicians");
        robot.doubleClickOn(added);
        TextArea editor = robot.lookup(".sticky-note-editor").queryAs(TextArea.class);
        robot.write(" and nurses");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(added.isEditing());
        assertEquals("Weekly evaluation with clinicians", notes(CanvasBlock.KEY_ACTIVITIES).get(0).text(),
                "Escape takes the edit back");

        robot.type(KeyCode.ENTER);
        robot.interact(() -> editor.end());
        robot.write(", weekly");
        waitUntil(() -> notes(CanvasBlock.KEY_ACTIVITIES).get(0).text().endsWith(", weekly"));
        assertTrue(added.isEditing(), "a pause commits without closing the editor");
        robot.clickOn("#canvas-block-cost-structure");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(added.isEditing());

        robot.clickOn(robot.lookup(".sticky-note-chip").queryAs(Label.class));
        assertEquals(1, risksShown.size(), "a risk chip opens the risk");

        Screenshots.save(scene, "canvas-edited");
        robot.interact(() -> i18n.languageProperty().set(Language.ZH_CN));
        assertEquals(KNOWLEDGE.label(Language.ZH_CN, CanvasBlock.VALUE_PROPOSITIONS),
                robot.lookup("#canvas-block-value-propositions .canvas-block-title").queryAs(Label.class).getText());
        Screenshots.save(scene, "canvas-zh");
        robot.interact(() -> theme.modeProperty().set(Theme.Mode.DARK));
        Screenshots.save(scene, "canvas-dark");
        robot.interact(() -> {
            i18n.languageProperty().set(Language.EN);
            theme.modeProperty().set(Theme.Mode.LIGHT);
            stage.setWidth(760);
            stage.setHeight(680);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "canvas-narrow");
    }

    @Test
    void theContextMenuSetsEvidenceAndColourLinksAndMovesANote(FxRobot robot) {
        StickyNote store = card(robot, "Consumer app store");
        // Monocle turns no right-click into a context-menu request, so the test asks as the platform would
        robot.interact(() -> {
            Bounds at = store.localToScreen(store.getBoundsInLocal());
            javafx.event.Event.fireEvent(store, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, at.getMinX() + 10,
                    at.getMinY() + 10, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".context-menu").tryQuery().isPresent(), "right-click opens the note's menu");
        robot.type(KeyCode.ESCAPE);

        UUID note = notes(CanvasBlock.CHANNELS).get(0).id();
        NoteMenu menu = new NoteMenu(new CanvasViewModel(model, i18n), i18n);
        robot.interact(() -> fire(menu.of(note, () -> { }, () -> { }), "canvas-menu-evidence",
                "canvas-evidence-validated"));
        robot.interact(() -> fire(menu.of(note, () -> { }, () -> { }), "canvas-menu-color", "canvas-color-note-green"));
        robot.interact(() -> fire(menu.of(note, () -> { }, () -> { }), "canvas-menu-link", null));
        CanvasNote changed = notes(CanvasBlock.CHANNELS).get(0);
        assertEquals(org.aiventure.workbook.domain.Evidence.VALIDATED, changed.evidence());
        assertEquals(org.aiventure.workbook.domain.NoteColor.GREEN, changed.color());
        assertEquals(List.of(model.project().risks().get(0).id()), changed.linkedRiskIds());
        assertTrue(store.getStyleClass().contains("note-green"), "the card follows");
        assertEquals(1, robot.lookup("#canvas-block-channels .sticky-note-chip").queryAll().size());

        robot.interact(() -> fire(menu.of(note, () -> { }, () -> { }), "canvas-menu-move", null));
        assertEquals(CanvasBlock.KEY_PARTNERS, model.project().canvas().stream().filter(n -> n.id().equals(note))
                .findFirst().orElseThrow().block(), "the first other block");
    }

    /** Fires the item of a submenu: by id, or the first enabled one when {@code itemId} is null. */
    private static void fire(javafx.scene.control.ContextMenu menu, String submenuId, String itemId) {
        javafx.scene.control.Menu submenu = (javafx.scene.control.Menu) menu.getItems().stream()
                .filter(i -> submenuId.equals(i.getId())).findFirst().orElseThrow();
        submenu.getItems().stream().filter(i -> itemId == null ? !i.isDisable() : itemId.equals(i.getId()))
                .findFirst().orElseThrow().fire();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
