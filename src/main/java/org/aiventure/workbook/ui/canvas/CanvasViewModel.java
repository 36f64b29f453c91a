package org.aiventure.workbook.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;

/**
 * The Canvas page's operations. Every change is one named {@link Edit} through {@link ProjectModel#apply}, so
 * Undo names it and the findings follow at once. The notes of a block are ordered by their positions, which
 * every change that adds, removes or moves a note rewrites to 0..n-1, so they stay unique and contiguous; the
 * project's own list keeps its order (a moved note keeps its place in it).
 */
public final class CanvasViewModel {

    /** The colour and evidence a new note starts with: every note starts as a hypothesis (knowledge.md). */
    static final NoteColor NEW_COLOR = NoteColor.YELLOW;
    static final Evidence NEW_EVIDENCE = Evidence.HYPOTHESIS;

    private final ProjectModel model;
    private final I18n i18n;
    private final ObjectProperty<CanvasBlock> selectedBlock = new SimpleObjectProperty<>(this, "selectedBlock");

    public CanvasViewModel(ProjectModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return model.projectProperty();
    }

    public Project project() {
        return model.project();
    }

    public KnowledgeBase knowledge() {
        return model.knowledge();
    }

    public Language language() {
        return i18n.language();
    }

    /** The block a finding or the founder asked to see; the view highlights it. */
    public ObjectProperty<CanvasBlock> selectedBlockProperty() {
        return selectedBlock;
    }

    // ---- what the page shows ---------------------------------------------------------------------------

    /** The notes of a block in their order; empty when no project is open. */
    public List<CanvasNote> notes(CanvasBlock block) {
        Project p = project();
        if (p == null) {
            return List.of();
        }
        return p.canvas().stream().filter(n -> n.block() == block)
                .sorted(Comparator.comparingInt(CanvasNote::position)).toList();
    }

    public Optional<CanvasNote> note(UUID id) {
        Project p = project();
        return p == null ? Optional.empty() : p.canvas().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The risks a note can be linked to, in the register's order. */
    public List<Risk> risks() {
        Project p = project();
        return p == null ? List.of() : p.risks();
    }

    /** The risks a note is linked to, in the order they were linked. */
    public List<Risk> linkedRisks(CanvasNote note) {
        Project p = project();
        return p == null ? List.of() : note.linkedRiskIds().stream().map(p::risk).toList();
    }

    // ---- changes ---------------------------------------------------------------------------------------

    /**
     * Adds a note at the end of a block, as a yellow hypothesis; returns its id, or empty when it was refused
     * (blank or too long text) and nothing changed. Text is stripped of surrounding blanks.
     */
    public Optional<UUID> addNote(CanvasBlock block, String typed) {
        String text = typed.strip();
        if (project() == null) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        boolean added = model.apply(Edit.of("edit.canvas.add", p -> {
            List<CanvasNote> next = new ArrayList<>(p.canvas());
            int position = (int) next.stream().filter(n -> n.block() == block).count();
            next.add(new CanvasNote(id, block, text, NEW_COLOR, position, NEW_EVIDENCE, List.of()));
            return p.withCanvas(next);
        }));
        return added ? Optional.of(id) : Optional.empty();
    }

    /** Replaces a note's text; false when it was refused (blank or too long) and nothing changed. */
    public boolean changeText(UUID id, String typed) {
        String text = typed.strip();
        return note(id).map(n -> n.text().equals(text)
                || change(id, "edit.canvas.text", note -> note.withText(text))).orElse(false);
    }

    public void changeColor(UUID id, NoteColor color) {
        note(id).filter(n -> n.color() != color)
                .ifPresent(n -> change(id, "edit.canvas.color", note -> note.withColor(color)));
    }

    public void changeEvidence(UUID id, Evidence evidence) {
        note(id).filter(n -> n.evidence() != evidence)
                .ifPresent(n -> change(id, "edit.canvas.evidence", note -> note.withEvidence(evidence)));
    }

    public void linkRisk(UUID id, UUID riskId) {
        note(id).filter(n -> !n.linkedRiskIds().contains(riskId)).ifPresent(n -> {
            List<UUID> next = new ArrayList<>(n.linkedRiskIds());
            next.add(riskId);
            change(id, "edit.canvas.link", note -> note.withLinkedRiskIds(next), project().risk(riskId).code());
        });
    }

    public void unlinkRisk(UUID id, UUID riskId) {
        note(id).filter(n -> n.linkedRiskIds().contains(riskId)).ifPresent(n -> change(id, "edit.canvas.unlink",
                note -> note.withLinkedRiskIds(n.linkedRiskIds().stream().filter(r -> !r.equals(riskId)).toList()),
                project().risk(riskId).code()));
    }

    /** Removes a note; the notes after it in its block move up. */
    public void delete(UUID id) {
        note(id).ifPresent(n -> model.apply(Edit.of("edit.canvas.delete", p -> {
            Map<UUID, CanvasNote> placed = placed(ordered(p, n.block(), id), n.block());
            return p.withCanvas(p.canvas().stream().filter(x -> !x.id().equals(id))
                    .map(x -> placed.getOrDefault(x.id(), x)).toList());
        })));
    }

    /**
     * Moves a note to {@code index} among the other notes of {@code block} (its own block to reorder, another
     * to move it there), as one edit "move note". Positions are rewritten to 0..n-1 in both blocks. Moving a
     * note to where it already is changes nothing.
     */
    public void move(UUID id, CanvasBlock block, int index) {
        Optional<CanvasNote> found = note(id);
        if (found.isEmpty()) {
            return;
        }
        CanvasNote note = found.get();
        List<CanvasNote> target = new ArrayList<>(ordered(project(), block, id));
        int at = Math.max(0, Math.min(index, target.size()));
        if (note.block() == block && notes(block).indexOf(note) == at) {
            return;
        }
        model.apply(Edit.of("edit.canvas.move", p -> {
            List<CanvasNote> into = new ArrayList<>(ordered(p, block, id));
            into.add(Math.min(at, into.size()), p.canvas().stream().filter(n -> n.id().equals(id)).findFirst()
                    .orElseThrow());
            Map<UUID, CanvasNote> placed = new HashMap<>(placed(into, block));
            if (note.block() != block) {
                placed.putAll(placed(ordered(p, note.block(), id), note.block()));
            }
            return p.withCanvas(p.canvas().stream().map(x -> placed.getOrDefault(x.id(), x)).toList());
        }));
    }

    /** Moves a note one place up (negative) or down (positive) in its block, for Alt+Up and Alt+Down. */
    public void moveBy(UUID id, int step) {
        note(id).ifPresent(n -> {
            int index = notes(n.block()).indexOf(n) + step;
            if (index >= 0 && index < notes(n.block()).size()) {
                move(id, n.block(), index);
            }
        });
    }

    /** Moves a note to the end of another block ("Move to ▸"). */
    public void moveTo(UUID id, CanvasBlock block) {
        note(id).filter(n -> n.block() != block).ifPresent(n -> move(id, block, Integer.MAX_VALUE));
    }

    /** Shows a block, as the findings panel asks for a finding about it. */
    public void select(CanvasBlock block) {
        selectedBlock.set(null);
        selectedBlock.set(block);
    }

    private boolean change(UUID id, String labelKey, UnaryOperator<CanvasNote> op, String... args) {
        return model.apply(Edit.of(labelKey, p -> p.withCanvas(p.canvas().stream()
                .map(n -> n.id().equals(id) ? op.apply(n) : n).toList()), args));
    }

    /** A block's notes in their order, without {@code except}. */
    private static List<CanvasNote> ordered(Project p, CanvasBlock block, UUID except) {
        return p.canvas().stream().filter(n -> n.block() == block && !n.id().equals(except))
                .sorted(Comparator.comparingInt(CanvasNote::position)).toList();
    }

    /** The notes placed in {@code block} at positions 0..n-1 in the given order, by id. */
    private static Map<UUID, CanvasNote> placed(List<CanvasNote> inOrder, CanvasBlock block) {
        Map<UUID, CanvasNote> byId = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            byId.put(inOrder.get(i).id(), inOrder.get(i).withPlace(block, i));
        }
        return byId;
    }
}
