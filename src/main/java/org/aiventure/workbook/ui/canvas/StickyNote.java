package org.aiventure.workbook.ui.canvas;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * A sticky note: a pastel card of one of the six note colours with its text, an evidence badge that writes
 * its label beside its icon (never colour alone) and the codes of linked risks as small chips. Double-click
 * or Enter edits the text in place; the edit commits on leaving the card, on Ctrl+Enter and after a pause in
 * typing, and Escape takes it back. The card knows nothing of projects: it shows what it is given and hands
 * committed text to {@link #setOnCommit}, so any page can use it.
 */
public final class StickyNote extends VBox {

    static final String STYLESHEET = StickyNote.class.getResource("/org/aiventure/workbook/css/sticky-note.css")
            .toExternalForm();
    static final Duration PAUSE = Duration.millis(800);

    /** A linked item shown as a chip: its short code and what its tooltip says. */
    public record Chip(String code, String tooltip, Runnable open) {
    }

    private final Label text = new Label();
    private final Label badge = new Label();
    private final FlowPane chips = new FlowPane(3, 3);
    private final TextArea editor = new TextArea();
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private Consumer<String> onCommit = t -> { };
    private Runnable onCancel = () -> { };
    private String shown = "";
    private NoteColor color;
    private Evidence evidence;

    public StickyNote() {
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("sticky-note");
        setFocusTraversable(true);
        setFillWidth(true);
        setMinHeight(Region.USE_PREF_SIZE);

        text.getStyleClass().add("sticky-note-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        badge.getStyleClass().add("evidence-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        chips.getStyleClass().add("sticky-note-chips");
        chips.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox footer = new HBox(4, badge, chips);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("sticky-note-footer");

        editor.getStyleClass().add("sticky-note-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        editor.textProperty().addListener((obs, old, now) -> {
            if (isEditing()) {
                pause.playFromStart();
            }
        });
        pause.setOnFinished(e -> {
            if (!editor.getText().isBlank()) {
                commit();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing()) {
                finishEditing();
            }
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEditing();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                finishEditing();
            }
        });

        getChildren().setAll(text, footer);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEditing()) {
                startEditing();
            } else if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!isEditing() && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2)
                    && !e.isAltDown() && !e.isShortcutDown()) {
                e.consume();
                startEditing();
            }
        });
    }

    /** Shows a note; while the text is being edited the editor keeps what is typed. */
    public void show(String noteText, NoteColor noteColor, Evidence noteEvidence, String evidenceLabel,
                     String evidenceTooltip, List<Chip> linked) {
        shown = noteText;
        text.setText(noteText);
        if (color != noteColor) {
            if (color != null) {
                getStyleClass().remove(colorClass(color));
            }
            color = noteColor;
            getStyleClass().add(colorClass(noteColor));
        }
        if (evidence != noteEvidence) {
            if (evidence != null) {
                badge.getStyleClass().remove(evidenceClass(evidence));
            }
            evidence = noteEvidence;
            badge.getStyleClass().add(evidenceClass(noteEvidence));
            badge.setGraphic(Icons.of(icon(noteEvidence)));
        }
        badge.setText(evidenceLabel);
        badge.setTooltip(new Tooltip(evidenceTooltip));
        chips.getChildren().setAll(linked.stream().map(StickyNote::chip).toList());
    }

    /** What happens to text committed from the editor (never blank: a blank text cancels). */
    public void setOnCommit(Consumer<String> commit) {
        this.onCommit = commit;
    }

    /** What happens when an edit ends without a commit (Escape, or a blank text). */
    public void setOnCancel(Runnable cancel) {
        this.onCancel = cancel;
    }

    /** What the editor says while it is empty. */
    public void setPromptText(String prompt) {
        editor.setPromptText(prompt);
    }

    public boolean isEditing() {
        return getChildren().contains(editor);
    }

    public String text() {
        return shown;
    }

    /** Opens the editor on the note's text, caret at the end. */
    public void startEditing() {
        if (isEditing()) {
            return;
        }
        editor.setText(shown);
        getChildren().set(0, editor);
        pause.stop();
        editor.requestFocus();
        editor.end();
    }

    private void commit() {
        pause.stop();
        String typed = editor.getText().strip();
        if (!typed.isEmpty() && !typed.equals(shown)) {
            onCommit.accept(typed);
        }
    }

    private void finishEditing() {
        if (editor.getText().isBlank()) {
            cancelEditing();
            return;
        }
        commit();
        close();
    }

    private void cancelEditing() {
        pause.stop();
        close();
        onCancel.run();
    }

    private void close() {
        if (isEditing()) {
            boolean hadFocus = editor.isFocused();
            getChildren().set(0, text);
            if (hadFocus) {
                requestFocus();
            }
        }
    }

    private static Node chip(Chip c) {
        Label chip = new Label(c.code());
        chip.getStyleClass().add("sticky-note-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setTooltip(new Tooltip(c.tooltip()));
        chip.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                e.consume();
                c.open().run();
            }
        });
        return chip;
    }

    static String colorClass(NoteColor c) {
        return "note-" + c.name().toLowerCase(Locale.ROOT);
    }

    static String evidenceClass(Evidence e) {
        return "evidence-" + e.name().toLowerCase(Locale.ROOT);
    }

    static Feather icon(Evidence e) {
        return switch (e) {
            case HYPOTHESIS -> Feather.HELP_CIRCLE;
            case TESTING -> Feather.CLOCK;
            case VALIDATED -> Feather.CHECK_CIRCLE;
            case INVALIDATED -> Feather.X_CIRCLE;
        };
    }
}
