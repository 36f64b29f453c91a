package org.aiventure.workbook.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Canvas page's edits against a real workbook: each one named, undoable edit that the findings follow. */
class CanvasViewModelTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final I18n i18n = new I18n(Language.EN);
    private final ProjectModel model = new ProjectModel(i18n, dialogs);
    private OpenedProject opened;
    private CanvasViewModel vm;

    @BeforeEach
    void openProject() {
        opened = OpenedProject.fromGuide(dir, model, tasks.uiThread(), tasks.assessor());
        vm = new CanvasViewModel(model, i18n);
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private boolean empty(CanvasBlock block) {
        return model.assessmentProperty().get().findings().stream()
                .anyMatch(f -> f.rule().equals("CANVAS_BLOCK_EMPTY") && f.subject().id().equals(block.name()));
    }

    private long findings(String rule) {
        return model.assessmentProperty().get().findings().stream().filter(f -> f.rule().equals(rule)).count();
    }

    private UUID add(CanvasBlock block, String text) {
        return vm.addNote(block, text).orElseThrow();
    }

    private List<String> texts(CanvasBlock block) {
        return vm.notes(block).stream().map(CanvasNote::text).toList();
    }

    /** Positions of each block are 0..n-1 in the order shown. */
    private void assertContiguous() {
        for (CanvasBlock block : CanvasBlock.values()) {
            assertEquals(IntStream.range(0, vm.notes(block).size()).boxed().toList(),
                    vm.notes(block).stream().map(CanvasNote::position).toList(), block.name());
        }
    }

    @Test
    void addingANoteToAnEmptyCoreBlockTakesItsFindingAwayAndUndoBringsItBack() {
        assertTrue(empty(CanvasBlock.VALUE_PROPOSITIONS), "the canvas starts empty");
        double before = model.assessmentProperty().get().area(Area.CANVAS).score()
                .doubleValue();

        add(CanvasBlock.VALUE_PROPOSITIONS, "Triage in two minutes instead of twenty");

        CanvasNote note = vm.notes(CanvasBlock.VALUE_PROPOSITIONS).get(0);
        assertEquals(NoteColor.YELLOW, note.color());
        assertEquals(Evidence.HYPOTHESIS, note.evidence());
        assertEquals(0, note.position());
        assertFalse(empty(CanvasBlock.VALUE_PROPOSITIONS));
        assertTrue(model.assessmentProperty().get().area(Area.CANVAS).score()
                .doubleValue() > before);
        assertEquals("Undo add note", model.undoLabel().get());

        model.undo();
        assertTrue(vm.notes(CanvasBlock.VALUE_PROPOSITIONS).isEmpty());
        assertTrue(empty(CanvasBlock.VALUE_PROPOSITIONS));
    }

    @Test
    void aBlankNoteIsRefusedAndChangesNothing() {
        assertTrue(vm.addNote(CanvasBlock.CHANNELS, " ").isEmpty());
        assertTrue(vm.notes(CanvasBlock.CHANNELS).isEmpty());
        assertFalse(model.canUndo().get());
        assertEquals(1, dialogs.errors.size(), "the founder is told why");
    }

    @Test
    void movingANoteBetweenBlocksKeepsPositionsUniqueAndContiguousAsOneEdit() {
        UUID a = add(CanvasBlock.KEY_PARTNERS, "A");
        UUID b = add(CanvasBlock.KEY_PARTNERS, "B");
        add(CanvasBlock.KEY_PARTNERS, "C");
        add(CanvasBlock.CHANNELS, "X");
        add(CanvasBlock.CHANNELS, "Y");
        List<UUID> listOrder = vm.project().canvas().stream().map(CanvasNote::id).toList();

        vm.move(b, CanvasBlock.CHANNELS, 1);

        assertEquals(List.of("A", "C"), texts(CanvasBlock.KEY_PARTNERS));
        assertEquals(List.of("X", "B", "Y"), texts(CanvasBlock.CHANNELS));
        assertContiguous();
        assertEquals(listOrder, vm.project().canvas().stream().map(CanvasNote::id).toList(),
                "the project's list keeps its order");
        assertEquals("Undo move note", model.undoLabel().get());

        model.undo();
        assertEquals(List.of("A", "B", "C"), texts(CanvasBlock.KEY_PARTNERS));
        assertEquals(List.of("X", "Y"), texts(CanvasBlock.CHANNELS));
        assertEquals("Undo add note", model.undoLabel().get(), "the move was one edit");

        vm.moveTo(a, CanvasBlock.COST_STRUCTURE);
        assertEquals(List.of("A"), texts(CanvasBlock.COST_STRUCTURE));
        assertFalse(empty(CanvasBlock.COST_STRUCTURE));
        assertTrue(vm.notes(CanvasBlock.KEY_PARTNERS).stream().noneMatch(n -> n.id().equals(a)));
        assertContiguous();
    }

    @Test
    void reorderingWithinABlockAndOffItsEndsDoesNothing() {
        UUID a = add(CanvasBlock.KEY_ACTIVITIES, "A");
        UUID b = add(CanvasBlock.KEY_ACTIVITIES, "B");
        UUID c = add(CanvasBlock.KEY_ACTIVITIES, "C");

        vm.move(c, CanvasBlock.KEY_ACTIVITIES, 0);
        assertEquals(List.of("C", "A", "B"), texts(CanvasBlock.KEY_ACTIVITIES));
        vm.moveBy(c, 1);
        assertEquals(List.of("A", "C", "B"), texts(CanvasBlock.KEY_ACTIVITIES));
        vm.moveBy(b, -1);
        assertEquals(List.of("A", "B", "C"), texts(CanvasBlock.KEY_ACTIVITIES));
        assertContiguous();

        assertEquals("Undo move note", model.undoLabel().get());
        model.undo();
        assertEquals(List.of("A", "C", "B"), texts(CanvasBlock.KEY_ACTIVITIES), "each reorder is one edit");

        vm.moveBy(a, -1);
        vm.moveBy(b, 1);
        vm.move(c, CanvasBlock.KEY_ACTIVITIES, 1);
        model.undo();
        assertEquals(List.of("C", "A", "B"), texts(CanvasBlock.KEY_ACTIVITIES),
                "moving off the ends or to where a note already is made no edit");
    }

    @Test
    void deletingRewritesThePositionsOfTheBlock() {
        add(CanvasBlock.REVENUE_STREAMS, "A");
        UUID b = add(CanvasBlock.REVENUE_STREAMS, "B");
        add(CanvasBlock.REVENUE_STREAMS, "C");
        vm.delete(b);
        assertEquals(List.of("A", "C"), texts(CanvasBlock.REVENUE_STREAMS));
        assertContiguous();
        assertEquals("Undo delete note", model.undoLabel().get());
        model.undo();
        assertEquals(List.of("A", "B", "C"), texts(CanvasBlock.REVENUE_STREAMS));
    }

    @Test
    void evidenceColourAndTextAreEditsTheFindingsFollow() {
        UUID id = add(CanvasBlock.CUSTOMER_SEGMENTS, "Emergency departments of county hospitals");
        long invalidated = findings("CANVAS_INVALIDATED_NOTE");

        vm.changeEvidence(id, Evidence.INVALIDATED);
        assertEquals(invalidated + 1, findings("CANVAS_INVALIDATED_NOTE"));
        assertEquals("Undo change note evidence", model.undoLabel().get());
        vm.changeEvidence(id, Evidence.VALIDATED);
        assertEquals(invalidated, findings("CANVAS_INVALIDATED_NOTE"));

        vm.changeColor(id, NoteColor.PURPLE);
        assertEquals(NoteColor.PURPLE, vm.note(id).orElseThrow().color());
        assertEquals("Undo change note colour", model.undoLabel().get());
        vm.changeColor(id, NoteColor.PURPLE);
        assertEquals("Undo change note colour", model.undoLabel().get());

        assertTrue(vm.changeText(id, "County hospital emergency departments"));
        assertEquals("County hospital emergency departments", vm.note(id).orElseThrow().text());
        assertFalse(vm.changeText(id, "x".repeat(2001)), "too long: refused");
        assertEquals("County hospital emergency departments", vm.note(id).orElseThrow().text());

        model.undo();
        model.undo();
        assertEquals(NoteColor.YELLOW, vm.note(id).orElseThrow().color());
        model.undo();
        assertEquals(Evidence.INVALIDATED, vm.note(id).orElseThrow().evidence());
    }

    @Test
    void linkingAndUnlinkingRisksAndRemovingALinkedRisk() {
        UUID id = add(CanvasBlock.KEY_RESOURCES, "Anonymised triage transcripts");
        assertFalse(vm.risks().isEmpty(), "the guide's project has risks");
        UUID first = vm.risks().get(0).id();
        UUID second = vm.risks().get(1).id();

        vm.linkRisk(id, first);
        vm.linkRisk(id, second);
        vm.linkRisk(id, first);
        assertEquals(List.of(first, second), vm.note(id).orElseThrow().linkedRiskIds());
        assertEquals("Undo link note to " + vm.risks().get(1).code(), model.undoLabel().get());
        assertEquals(List.of(vm.risks().get(0), vm.risks().get(1)), vm.linkedRisks(vm.note(id).orElseThrow()));

        vm.unlinkRisk(id, first);
        assertEquals(List.of(second), vm.note(id).orElseThrow().linkedRiskIds());
        assertEquals("Undo unlink note from " + vm.risks().get(0).code(), model.undoLabel().get());

        model.apply(Edit.of("edit.canvas.delete", p -> p.removeRisk(second)));
        assertTrue(vm.note(id).orElseThrow().linkedRiskIds().isEmpty(), "removing a risk removes its links");
    }

    @Test
    void selectingABlockFiresEvenForTheSameBlockTwice() {
        List<CanvasBlock> seen = new ArrayList<>();
        vm.selectedBlockProperty().addListener((obs, old, now) -> {
            if (now != null) {
                seen.add(now);
            }
        });
        vm.select(CanvasBlock.CHANNELS);
        vm.select(CanvasBlock.CHANNELS);
        assertEquals(List.of(CanvasBlock.CHANNELS, CanvasBlock.CHANNELS), seen);
    }
}
