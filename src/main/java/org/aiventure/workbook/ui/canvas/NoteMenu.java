package org.aiventure.workbook.ui.canvas;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * A note's context menu: edit, colour, evidence, link to a risk or unlink one, move to another block (the
 * keyboard's way to do what dragging does) and delete. Built when it opens, so it shows the note as it is.
 */
final class NoteMenu {

    private final CanvasViewModel model;
    private final I18n i18n;

    NoteMenu(CanvasViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /** The menu for a note; {@code edit} opens its editor, {@code refocus} gives it the focus back. */
    ContextMenu of(UUID id, Runnable edit, Runnable refocus) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("canvas-note-menu");
        // a popup has a scene of its own: the swatches' colours come with the note's stylesheet
        menu.getScene().getStylesheets().add(StickyNote.STYLESHEET);
        CanvasNote note = model.note(id).orElse(null);
        if (note == null) {
            return menu;
        }
        KnowledgeBase kb = model.knowledge();
        Language lang = i18n.language();

        MenuItem editText = item("canvas.menu.edit", Feather.EDIT_3, edit);
        Menu color = new Menu(i18n.get("canvas.menu.color"));
        color.setId("canvas-menu-color");
        ToggleGroup colors = new ToggleGroup();
        for (NoteColor c : NoteColor.values()) {
            RadioMenuItem option = new RadioMenuItem(kb.label(lang, c));
            option.setId("canvas-color-" + StickyNote.colorClass(c));
            Region swatch = new Region();
            swatch.getStyleClass().addAll("canvas-swatch", StickyNote.colorClass(c));
            option.setGraphic(swatch);
            option.setToggleGroup(colors);
            option.setSelected(c == note.color());
            option.setOnAction(e -> model.changeColor(id, c));
            color.getItems().add(option);
        }
        Menu evidence = new Menu(i18n.get("canvas.menu.evidence"));
        evidence.setId("canvas-menu-evidence");
        ToggleGroup evidences = new ToggleGroup();
        for (Evidence ev : Evidence.values()) {
            RadioMenuItem option = new RadioMenuItem(kb.label(lang, ev));
            option.setId("canvas-" + StickyNote.evidenceClass(ev));
            option.setGraphic(Icons.of(StickyNote.icon(ev)));
            option.setToggleGroup(evidences);
            option.setSelected(ev == note.evidence());
            option.setOnAction(e -> model.changeEvidence(id, ev));
            evidence.getItems().add(option);
        }

        Menu link = new Menu(i18n.get("canvas.menu.link"));
        link.setId("canvas-menu-link");
        link.setGraphic(Icons.of(Feather.LINK_2));
        List<Risk> unlinked = model.risks().stream().filter(r -> !note.linkedRiskIds().contains(r.id())).toList();
        for (Risk r : unlinked) {
            MenuItem option = new MenuItem(i18n.get("canvas.menu.risk", r.code(), r.title()));
            option.setMnemonicParsing(false);
            option.setOnAction(e -> model.linkRisk(id, r.id()));
            link.getItems().add(option);
        }
        if (unlinked.isEmpty()) {
            MenuItem none = new MenuItem(i18n.get(model.risks().isEmpty() ? "canvas.menu.link.none"
                    : "canvas.menu.link.all"));
            none.setDisable(true);
            link.getItems().add(none);
        }
        Menu unlink = new Menu(i18n.get("canvas.menu.unlink"));
        unlink.setId("canvas-menu-unlink");
        for (Risk r : model.linkedRisks(note)) {
            MenuItem option = new MenuItem(i18n.get("canvas.menu.risk", r.code(), r.title()));
            option.setMnemonicParsing(false);
            option.setOnAction(e -> model.unlinkRisk(id, r.id()));
            unlink.getItems().add(option);
        }
        unlink.setDisable(unlink.getItems().isEmpty());

        Menu moveTo = new Menu(i18n.get("canvas.menu.moveTo"));
        moveTo.setId("canvas-menu-move");
        moveTo.setGraphic(Icons.of(Feather.ARROW_RIGHT));
        for (CanvasBlock block : CanvasBlock.values()) {
            MenuItem option = new MenuItem(kb.label(lang, block));
            option.setGraphic(Icons.of(CanvasBlockPane.icon(block)));
            option.setDisable(block == note.block());
            option.setOnAction(e -> {
                model.moveTo(id, block);
                refocus.run();
            });
            moveTo.getItems().add(option);
        }
        MenuItem delete = item("canvas.menu.delete", Feather.TRASH_2, () -> model.delete(id));
        delete.setId("canvas-menu-delete");

        menu.getItems().setAll(editText, color, evidence, new SeparatorMenuItem(), link, unlink,
                new SeparatorMenuItem(), moveTo, new SeparatorMenuItem(), delete);
        return menu;
    }

    private MenuItem item(String key, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setGraphic(Icons.of(icon));
        item.setOnAction(e -> action.run());
        return item;
    }
}
