package org.aiventure.workbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.aiventure.workbook.domain.DomainException;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Profile;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.store.WorkbookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits, undo and redo, background assessment and autosave of the project being edited, against a real file. */
class OpenProjectTest {

    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Stands in for the FX thread: changes are delivered in order and can be awaited. */
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    /** The app's assessor: one background thread. */
    private final ExecutorService assessor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopAssessor() {
        assessor.shutdownNow();
    }

    private Workbook workbook(Path db) {
        return new Workbook(WorkbookStore.open(db), KB, CLOCK, UUID::randomUUID);
    }

    private void drainUiOnce() {
        Runnable r;
        while ((r = uiQueue.poll()) != null) {
            r.run();
        }
    }

    private void drainUi() throws InterruptedException {
        Runnable r;
        while ((r = uiQueue.poll(200, TimeUnit.MILLISECONDS)) != null) {
            r.run();
        }
    }

    private static Edit answer(ProfileFact fact, boolean yes) {
        return Edit.of("edit.profileFact", p -> p.withProfile(p.profile().with(fact, yes)), fact.key());
    }

    @Test
    void anEditShowsAtOnceIsAssessedAndSavedInTheBackgroundAndUndoable() throws Exception {
        Path db = dir.resolve("w.db");
        UUID id;
        try (Workbook wb = workbook(db)) {
            id = wb.createFromGuide("MedTriage", Language.EN).project().id();
            OpenProject open = wb.openProject(id, uiQueue::add, assessor);
            List<OpenProject.State> seen = new ArrayList<>();
            open.addListener(seen::add);
            assertFalse(hasFinding(open, "CATEGORY_UNCOVERED", "SUPPLY_CHAIN"));

            open.apply(answer(ProfileFact.USES_THIRD_PARTY_MODELS, true));
            assertTrue(open.project().profile().has(ProfileFact.USES_THIRD_PARTY_MODELS), "the edit shows at once");
            assertFalse(seen.get(0).assessed(), "listeners hear of it before its assessment");
            assertEquals("edit.profileFact", open.undoEdit().orElseThrow().labelKey());
            assertEquals(SaveState.Kind.SAVING, open.saveState().kind());
            drainUi();
            assertTrue(open.assessed());
            assertTrue(hasFinding(open, "CATEGORY_UNCOVERED", "SUPPLY_CHAIN"), "assessed in the background");
            assertEquals(SaveState.Kind.SAVED, open.saveState().kind());
            assertTrue(wb.load(id).project().profile().has(ProfileFact.USES_THIRD_PARTY_MODELS), "in the store");

            open.undo();
            drainUi();
            assertFalse(hasFinding(open, "CATEGORY_UNCOVERED", "SUPPLY_CHAIN"));
            assertTrue(open.canRedo());
            open.redo();
            assertTrue(open.project().profile().has(ProfileFact.USES_THIRD_PARTY_MODELS));
            open.undo();
            open.close();
            drainUi();
            assertEquals(Profile.NONE, wb.load(id).project().profile(), "the undo was saved too");
            assertTrue(seen.size() >= 4, "listeners heard every change: " + seen.size());
        }
    }

    @Test
    void aBurstOfEditsIsAssessedOnceItPausesAndNoStateClaimsAnotherProjectsAssessment() throws Exception {
        try (Workbook wb = workbook(dir.resolve("w.db"))) {
            UUID id = wb.createFromGuide("MedTriage", Language.EN).project().id();
            OpenProject open = wb.openProject(id, uiQueue::add, assessor);
            List<OpenProject.State> seen = new ArrayList<>();
            open.addListener(seen::add);
            ProfileFact[] facts = ProfileFact.values();
            for (int i = 0; i < 60; i++) {
                open.apply(answer(facts[i % facts.length], i % 2 == 0));
                if (i % 7 == 0) {
                    drainUiOnce(); // the UI thread catches up now and then, as it does between keystrokes
                }
            }
            drainUi();
            assertTrue(open.assessed());
            LocalDate today = LocalDate.now(CLOCK);
            assertEquals(Assessor.assess(open.project(), KB, today), open.assessment(), "the last edit's assessment");
            long assessments = seen.stream().map(OpenProject.State::assessment).distinct().count();
            assertTrue(assessments < 60, "a burst is assessed as it settles, not once per edit: " + assessments);
            for (OpenProject.State state : seen) {
                if (state.assessed()) {
                    assertEquals(Assessor.assess(state.project(), KB, today), state.assessment(),
                            "a state that says it is assessed carries its own project's assessment");
                }
            }
            open.close();
        }
    }

    @Test
    void anEditThatBreaksARuleChangesNothing() throws Exception {
        try (Workbook wb = workbook(dir.resolve("w.db"))) {
            UUID id = wb.createBlank("Alpha", Language.EN).project().id();
            OpenProject open = wb.openProject(id, uiQueue::add, assessor);
            assertThrows(DomainException.class, () -> open.apply(Edit.of("edit.rename", p -> p.withName(" "))));
            assertEquals("Alpha", open.project().name());
            assertFalse(open.canUndo());
            open.apply(Edit.of("edit.rename", p -> p.withName("Alpha")));
            assertFalse(open.canUndo(), "an edit that changes nothing is not recorded");
            open.close();
        }
    }

    @Test
    void aBurstOfEditsEndsSavedWithTheLastOne() throws Exception {
        try (Workbook wb = workbook(dir.resolve("w.db"))) {
            UUID id = wb.createBlank("Alpha", Language.EN).project().id();
            OpenProject open = wb.openProject(id, uiQueue::add, assessor);
            for (int i = 1; i <= 200; i++) {
                String name = "Alpha " + i;
                open.apply(Edit.of("edit.rename", p -> p.withName(name)));
            }
            assertEquals(200, undoDepth(open), "one undo step per edit");
            open.close();
            drainUi();
            assertEquals("Alpha 200", wb.load(id).project().name());
            assertEquals(SaveState.Kind.SAVED, open.saveState().kind());
        }
    }

    @Test
    void anotherWindowsSaveIsNotOverwritten() throws Exception {
        Path db = dir.resolve("w.db");
        try (Workbook first = workbook(db); Workbook second = workbook(db)) {
            UUID id = first.createBlank("Alpha", Language.EN).project().id();
            OpenProject a = first.openProject(id, uiQueue::add, assessor);
            OpenProject b = second.openProject(id, uiQueue::add, assessor);
            a.apply(Edit.of("edit.rename", p -> p.withName("Renamed in window A")));
            a.close();
            drainUi();
            b.apply(Edit.of("edit.rename", p -> p.withName("Renamed in window B")));
            b.close();
            drainUi();
            assertTrue(b.isStale());
            assertEquals(SaveState.Kind.FAILED, b.saveState().kind());
            assertTrue(b.saveState().problem().message(Language.EN).contains("changed elsewhere"),
                    b.saveState().problem().message(Language.EN));
            assertEquals("Renamed in window A", first.load(id).project().name());
        }
    }

    /** How many steps Undo can take back; undoes them all and redoes them all again. */
    private static int undoDepth(OpenProject open) {
        int n = 0;
        while (open.canUndo()) {
            open.undo();
            n++;
        }
        while (open.canRedo()) {
            open.redo();
        }
        return n;
    }

    private static boolean hasFinding(OpenProject open, String rule, String subject) {
        return open.assessment().findings().stream()
                .anyMatch(f -> f.rule().equals(rule) && f.subject().id().equals(subject));
    }
}
