package org.aiventure.workbook.ui.canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.util.Duration;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.ProjectModel;

/**
 * The Business Model Canvas page (UI.md "Canvas"): the poster's nine blocks on a 10 × 3 grid (five columns
 * on top, partners | activities over resources | value propositions | relationships over channels |
 * segments, and costs | revenue below), each with its notes as sticky notes, and the canvas's CC BY-SA credit
 * underneath. Notes are added and edited in place, dragged within a block to reorder and onto another block
 * to move; Alt+Up and Alt+Down and the context menu's "Move to" do the same from the keyboard.
 */
public final class CanvasView extends BorderPane {

    private static final String CSS = "/org/aiventure/workbook/css/canvas.css";
    /** What a dragged note carries: its id, in a format of our own so that no outside drop is taken for one. */
    static final DataFormat NOTE = new DataFormat("application/x-aivw-canvas-note");
    private static final int COLUMNS = 10;
    /** The poster's proportions: two equal rows of the five columns, the costs and revenue row lower. */
    private static final double[] ROW_SHARES = {37.5, 37.5, 25};
    private static final Duration HIGHLIGHT = Duration.seconds(2.5);

    private final CanvasViewModel model;
    private final I18n i18n;
    private final Navigator navigator;
    private final Map<CanvasBlock, CanvasBlockPane> panes = new EnumMap<>(CanvasBlock.class);
    private final Map<UUID, StickyNote> cards = new HashMap<>();
    private final Label credit = new Label();
    private final NoteMenu menu;
    private final PauseTransition unhighlight = new PauseTransition(HIGHLIGHT);
    private StickyNote draft;
    private CanvasBlock draftBlock;
    private StickyNote adopting;
    private StickyNote dragged;

    /** The page for the open project of {@code projects}; it follows whatever project is open. */
    public CanvasView(ProjectModel projects, I18n i18n, Navigator navigator) {
        this(new CanvasViewModel(projects, i18n), i18n, navigator);
    }

    public CanvasView(CanvasViewModel model, I18n i18n, Navigator navigator) {
        this.model = model;
        this.i18n = i18n;
        this.navigator = navigator;
        this.menu = new NoteMenu(model, i18n);
        getStylesheets().add(CanvasView.class.getResource(CSS).toExternalForm());
        getStyleClass().add("canvas-page");
        setId("canvas");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("canvas-grid");
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (double share : ROW_SHARES) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(share);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        place(grid, CanvasBlock.KEY_PARTNERS, 0, 0, 2, 2);
        place(grid, CanvasBlock.KEY_ACTIVITIES, 2, 0, 2, 1);
        place(grid, CanvasBlock.KEY_RESOURCES, 2, 1, 2, 1);
        place(grid, CanvasBlock.VALUE_PROPOSITIONS, 4, 0, 2, 2);
        place(grid, CanvasBlock.CUSTOMER_RELATIONSHIPS, 6, 0, 2, 1);
        place(grid, CanvasBlock.CHANNELS, 6, 1, 2, 1);
        place(grid, CanvasBlock.CUSTOMER_SEGMENTS, 8, 0, 2, 2);
        place(grid, CanvasBlock.COST_STRUCTURE, 0, 2, 5, 1);
        place(grid, CanvasBlock.REVENUE_STREAMS, 5, 2, 5, 1);

        credit.getStyleClass().add("canvas-credit");
        credit.setId("canvas-credit");
        credit.setWrapText(true);
        credit.setMaxWidth(Double.MAX_VALUE);
        setCenter(grid);
        setBottom(credit);

        unhighlight.setOnFinished(e -> panes.values().forEach(p -> p.highlight(false)));
        model.projectProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                discardDraft();
                relabel();
            }
            refresh();
        });
        model.selectedBlockProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
        i18n.languageProperty().addListener((obs, old, now) -> {
            relabel();
            refresh();
        });
        relabel();
        refresh();
    }

    public CanvasViewModel viewModel() {
        return model;
    }

    /** Shows a block highlighted with its add button focused (a finding about the block was opened). */
    public void select(CanvasBlock block) {
        model.select(block);
    }

    /** Focuses a note and highlights its block (a finding about the note was opened). */
    public void selectNote(UUID noteId) {
        model.note(noteId).ifPresent(n -> {
            show(n.block());
            Optional.ofNullable(cards.get(noteId)).ifPresent(StickyNote::requestFocus);
        });
    }

    // ---- layout --------------------------------------------------------------------------------------

    private void place(GridPane grid, CanvasBlock block, int column, int row, int columns, int rows) {
        CanvasBlockPane pane = new CanvasBlockPane(block);
        pane.addButton().setOnAction(e -> startDraft(block));
        pane.setOnDragOver(e -> {
            if (dragged != null && e.getDragboard().hasContent(NOTE)) {
                e.acceptTransferModes(TransferMode.MOVE);
                pane.showDropMarker(pane.dropIndex(e.getSceneY(), dragged), dragged);
                e.consume();
            }
        });
        pane.setOnDragExited(e -> pane.clearDropMarker());
        pane.setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            boolean done = false;
            if (board.hasContent(NOTE)) {
                UUID id = UUID.fromString((String) board.getContent(NOTE));
                int index = pane.dropIndex(e.getSceneY(), cards.get(id));
                pane.clearDropMarker();
                model.move(id, block, index);
                Optional.ofNullable(cards.get(id)).ifPresent(StickyNote::requestFocus);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        panes.put(block, pane);
        grid.add(pane, column, row, columns, rows);
    }

    private void relabel() {
        KnowledgeBase kb = model.knowledge();
        if (kb == null) {
            return;
        }
        Language lang = i18n.language();
        for (CanvasBlockPane pane : panes.values()) {
            String title = kb.label(lang, pane.block());
            String asked = String.join("\n", kb.guidingQuestions(lang, pane.block()).stream()
                    .map(q -> i18n.get("canvas.question", q)).toList());
            pane.label(title, asked, i18n.get("canvas.block.tooltip", title, asked, i18n.get("canvas.hint")),
                    i18n.get("canvas.add.tooltip", title));
        }
        credit.setText(kb.canvasCredit(lang));
    }

    // ---- notes -----------------------------------------------------------------------------------------

    /** Shows the project's notes, reusing the card of every note already shown so an edit in progress stays. */
    private void refresh() {
        Project project = model.project();
        KnowledgeBase kb = model.knowledge();
        Set<UUID> present = new HashSet<>();
        for (CanvasBlockPane pane : panes.values()) {
            List<StickyNote> shown = new ArrayList<>();
            if (project != null && kb != null) {
                for (CanvasNote note : model.notes(pane.block())) {
                    StickyNote card = cards.computeIfAbsent(note.id(), id -> wire(adopt(), id));
                    show(card, note, kb);
                    shown.add(card);
                    present.add(note.id());
                }
            }
            if (draft != null && draftBlock == pane.block()) {
                shown.add(draft);
            }
            pane.showNotes(shown);
        }
        cards.keySet().retainAll(present);
    }

    private void show(StickyNote card, CanvasNote note, KnowledgeBase kb) {
        Language lang = i18n.language();
        List<StickyNote.Chip> chips = model.linkedRisks(note).stream().map(r -> new StickyNote.Chip(r.code(),
                i18n.get("canvas.chip.tooltip", r.code(), r.title()), () -> navigator.showRisk(r.id()))).toList();
        card.show(note.text(), note.color(), note.evidence(), kb.label(lang, note.evidence()),
                kb.explanation(lang, note.evidence()), chips);
        card.setPromptText(i18n.get("canvas.note.prompt"));
    }

    /** The draft being added becomes the card of the note it created; any other new note gets a new card. */
    private StickyNote adopt() {
        StickyNote card = adopting != null ? adopting : new StickyNote();
        adopting = null;
        return card;
    }

    private StickyNote wire(StickyNote card, UUID id) {
        card.setUserData(id);
        card.getStyleClass().add("canvas-note");
        card.setOnCommit(text -> model.changeText(id, text));
        card.setOnCancel(() -> { });
        card.setOnContextMenuRequested(e -> {
            if (!card.isEditing()) {
                ContextMenu context = menu.of(id, card::startEditing, () -> card.requestFocus());
                context.show(card, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (card.isEditing()) {
                return;
            }
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                model.moveBy(id, e.getCode() == KeyCode.UP ? -1 : 1);
                card.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !e.isAltDown() && !e.isShortcutDown()) {
                model.delete(id);
                e.consume();
            }
        });
        card.setOnDragDetected(e -> {
            if (card.isEditing()) {
                return;
            }
            Dragboard board = card.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(NOTE, id.toString());
            board.setContent(content);
            board.setDragView(card.snapshot(null, null));
            dragged = card;
            card.getStyleClass().add("dragged");
            e.consume();
        });
        card.setOnDragDone(e -> {
            card.getStyleClass().remove("dragged");
            dragged = null;
            panes.values().forEach(CanvasBlockPane::clearDropMarker);
        });
        return card;
    }

    /** Opens an empty note at the end of a block; the note is added once its text is committed. */
    private void startDraft(CanvasBlock block) {
        discardDraft();
        KnowledgeBase kb = model.knowledge();
        if (model.project() == null || kb == null) {
            return;
        }
        StickyNote card = new StickyNote();
        card.setId("canvas-draft");
        Language lang = i18n.language();
        card.show("", CanvasViewModel.NEW_COLOR, CanvasViewModel.NEW_EVIDENCE,
                kb.label(lang, CanvasViewModel.NEW_EVIDENCE), kb.explanation(lang, CanvasViewModel.NEW_EVIDENCE),
                List.of());
        card.setPromptText(i18n.get("canvas.note.prompt"));
        card.setOnCommit(text -> {
            // the refresh inside the edit shows the card as the new note's, no longer as the draft
            draft = null;
            adopting = card;
            Optional<UUID> added = model.addNote(block, text);
            adopting = null;
            if (added.isPresent()) {
                card.setId(null);
                draftBlock = null;
            } else {
                draft = card;
            }
        });
        card.setOnCancel(() -> {
            if (draft == card) {
                discardDraft();
            }
        });
        draft = card;
        draftBlock = block;
        refresh();
        card.startEditing();
    }

    private void discardDraft() {
        if (draft != null) {
            draft = null;
            draftBlock = null;
            refresh();
        }
    }

    private void show(CanvasBlock block) {
        panes.values().forEach(p -> p.highlight(p.block() == block));
        panes.get(block).addButton().requestFocus();
        unhighlight.playFromStart();
    }
}
