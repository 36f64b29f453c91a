package org.aiventure.workbook.ui.shell;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.session.AppVersion;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Lazy;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.Theme;
import org.aiventure.workbook.ui.projects.BriefingExport;
import org.aiventure.workbook.ui.projects.ProjectsView;
import org.aiventure.workbook.ui.projects.ProjectsViewModel;
import org.aiventure.workbook.ui.projects.TransfersViewModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * The window's frame that every page plugs into: menu bar, tool bar, the projects sidebar, the centre and
 * the status bar. It holds no state of its own; the view models do.
 */
public final class MainWindow extends BorderPane {

    private final I18n i18n;

    public MainWindow(ShellViewModel shell, ProjectsViewModel projects, TransfersViewModel transfers,
                      BriefingExport briefing, ProjectPages pages, Supplier<? extends Node> findings, I18n i18n,
                      Theme theme, DialogService dialogs, ScenarioWindows scenarios, Runnable quit) {
        this.i18n = i18n;
        getStyleClass().add("main-window");
        setTop(new VBox(menuBar(shell, projects, transfers, briefing, theme, dialogs, scenarios, quit),
                toolBar(projects, transfers, briefing, theme, shell)));
        SplitPane split = new SplitPane(new ProjectsView(projects, shell, i18n), pages);
        split.setDividerPositions(0.17);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        BorderPane centre = new BorderPane(split);
        // The findings panel, only beside an open project: with none there is nothing to find. It is built with
        // the first one and is out of the scene, not just hidden, until then: a hidden panel would still be built
        // and styled before the first window is drawn, a tenth of a second of start-up.
        Lazy<Node> findingsPanel = Lazy.of(findings);
        projects.current().projectProperty().addListener((obs, old, now) -> {
            if ((old == null) != (now == null)) {
                centre.setRight(now == null ? null : findingsPanel.get());
            }
        });
        centre.setRight(projects.current().project() == null ? null : findingsPanel.get());
        setCenter(centre);
        // Ctrl+1… select the pages of the open project (UI.md's keyboard map).
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                for (int n = 1; n <= 9; n++) {
                    int nth = n;
                    scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+" + n),
                            () -> pages.showNth(nth));
                }
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> find(pages));
            }
        });
        setBottom(new StatusBar(shell, projects, transfers, i18n));
    }

    private MenuBar menuBar(ShellViewModel shell, ProjectsViewModel projects, TransfersViewModel transfers,
                            BriefingExport briefing, Theme theme, DialogService dialogs, ScenarioWindows scenarios,
                            Runnable quit) {
        MenuItem importItem = item("action.import", "Shortcut+I", transfers::importProject);
        MenuItem restoreBackup = item("action.restoreBackup", null, transfers::restoreBackup);
        MenuItem export = item("action.export", "Shortcut+E", () -> transfers.exportProject(false));
        MenuItem exportEncrypted = item("action.exportEncrypted", "Shortcut+Shift+E",
                () -> transfers.exportProject(true));
        MenuItem importRisks = item("action.importRisks", null, transfers::importRisks);
        MenuItem exportRisks = item("action.exportRisks", null, transfers::exportRisks);
        MenuItem exportBriefing = briefingItem(briefing, projects, "Shortcut+P");
        exportBriefing.setId("menu-export-briefing");
        for (MenuItem i : new MenuItem[] {importItem, restoreBackup}) {
            i.disableProperty().bind(shell.workbookProperty().isNull().or(projects.busyProperty()));
        }
        for (MenuItem i : new MenuItem[] {export, exportEncrypted, importRisks, exportRisks}) {
            i.disableProperty().bind(projects.selectedProperty().isNull().or(projects.busyProperty()));
        }
        Menu file = menu("menu.file",
                item("action.newBlank", "Shortcut+N", projects::newBlankProject),
                item("action.newFromGuide", "Shortcut+Shift+N", projects::newProjectFromGuide),
                new SeparatorMenuItem(),
                importItem, export, exportEncrypted, restoreBackup,
                new SeparatorMenuItem(),
                exportBriefing,
                new SeparatorMenuItem(),
                importRisks, exportRisks,
                new SeparatorMenuItem(),
                item("action.openWorkbook", "Shortcut+O", shell::chooseAndOpen),
                recentMenu(shell),
                new SeparatorMenuItem(),
                item("action.quit", "Shortcut+Q", quit));
        file.getItems().get(0).setId("menu-new-blank");
        file.getItems().get(1).setId("menu-new-from-guide");
        // No F2 accelerator: F2 edits a table cell; the project list handles F2 itself when it has focus.
        MenuItem rename = item("action.rename", null, projects::renameSelected);
        MenuItem duplicate = item("action.duplicate", "Shortcut+D", projects::duplicateSelected);
        MenuItem delete = item("action.deleteProject", null, projects::deleteSelected);
        for (MenuItem i : new MenuItem[] {rename, duplicate, delete}) {
            i.disableProperty().bind(projects.selectedProperty().isNull().or(projects.busyProperty()));
        }
        MenuItem restore = item("action.restoreProject", null, projects::restoreDeleted);
        restore.disableProperty().bind(shell.workbookProperty().isNull().or(projects.busyProperty()));
        MenuItem whatIf = item("action.whatIf", null, scenarios::whatIf);
        whatIf.setId("menu-what-if");
        MenuItem compare = item("action.compare", null, scenarios::compare);
        compare.setId("menu-compare");
        for (MenuItem i : new MenuItem[] {whatIf, compare}) {
            i.disableProperty().bind(projects.current().projectProperty().isNull());
        }
        Menu project = menu("menu.project", rename, duplicate, delete, new SeparatorMenuItem(), restore,
                new SeparatorMenuItem(), whatIf, compare);

        ProjectModel current = projects.current();
        MenuItem undo = item("action.undo", "Shortcut+Z", current::undo);
        undo.textProperty().unbind();
        undo.textProperty().bind(current.undoLabel());
        undo.disableProperty().bind(current.canUndo().not());
        MenuItem redo = item("action.redo", "Shortcut+Shift+Z", current::redo);
        redo.textProperty().unbind();
        redo.textProperty().bind(current.redoLabel());
        redo.disableProperty().bind(current.canRedo().not());
        // Ctrl+Y is the other common redo key; a hidden item carries it.
        MenuItem redoY = item("action.redo", "Shortcut+Y", current::redo);
        redoY.setVisible(false);
        redoY.disableProperty().bind(current.canRedo().not());
        Menu edit = menu("menu.edit", undo, redo, redoY);


        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = radio("theme.light", themes, theme.modeProperty().get() == Theme.Mode.LIGHT);
        RadioMenuItem dark = radio("theme.dark", themes, theme.modeProperty().get() == Theme.Mode.DARK);
        light.setOnAction(e -> theme.modeProperty().set(Theme.Mode.LIGHT));
        dark.setOnAction(e -> theme.modeProperty().set(Theme.Mode.DARK));
        theme.modeProperty().addListener((obs, old, now) -> (now == Theme.Mode.DARK ? dark : light).setSelected(true));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = new RadioMenuItem("English");
        RadioMenuItem chinese = new RadioMenuItem("简体中文");
        english.setId("menu-language-en");
        chinese.setId("menu-language-zh");
        english.setToggleGroup(languages);
        chinese.setToggleGroup(languages);
        english.setOnAction(e -> i18n.languageProperty().set(Language.EN));
        chinese.setOnAction(e -> i18n.languageProperty().set(Language.ZH_CN));
        Runnable syncLanguage = () -> (i18n.language() == Language.EN ? english : chinese).setSelected(true);
        i18n.languageProperty().addListener((obs, old, now) -> syncLanguage.run());
        syncLanguage.run();
        Menu languageMenu = menu("menu.language", english, chinese);
        Menu view = menu("menu.view", light, dark, new SeparatorMenuItem(), languageMenu);

        Menu help = menu("menu.help", item("action.about", null, () -> dialogs.showInformation(
                i18n.get("about.title"), i18n.get("about.text", AppVersion.get()))));
        MenuBar bar = new MenuBar(file, edit, project, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar(ProjectsViewModel projects, TransfersViewModel transfers, BriefingExport briefing,
                            Theme theme, ShellViewModel shell) {
        MenuItem guide = item("action.newFromGuide", null, projects::newProjectFromGuide);
        MenuItem blank = item("action.newBlank", null, projects::newBlankProject);
        MenuButton add = new MenuButton(null, Icons.of(Feather.PLUS), guide, blank);
        add.setId("toolbar-new");
        add.textProperty().bind(i18n.text("action.new"));
        add.disableProperty().bind(projects.busyProperty().or(shell.workbookProperty().isNull()));

        Button importButton = new Button(null, Icons.of(Feather.DOWNLOAD));
        importButton.setId("toolbar-import");
        importButton.textProperty().bind(i18n.text("action.importShort"));
        importButton.setOnAction(e -> transfers.importProject());
        importButton.disableProperty().bind(shell.workbookProperty().isNull().or(projects.busyProperty()));
        MenuItem plain = item("action.export", null, () -> transfers.exportProject(false));
        MenuItem sealed = item("action.exportEncrypted", null, () -> transfers.exportProject(true));
        MenuItem csv = item("action.exportRisks", null, transfers::exportRisks);
        MenuButton exportButton = new MenuButton(null, Icons.of(Feather.UPLOAD), plain, sealed, csv,
                new SeparatorMenuItem(), briefingItem(briefing, projects, null));
        exportButton.setId("toolbar-export");
        exportButton.textProperty().bind(i18n.text("action.exportShort"));
        exportButton.disableProperty().bind(projects.selectedProperty().isNull().or(projects.busyProperty()));

        ToggleGroup langs = new ToggleGroup();
        ToggleButton en = new ToggleButton("EN");
        ToggleButton zh = new ToggleButton("中文");
        en.setId("toolbar-language-en");
        zh.setId("toolbar-language-zh");
        en.setToggleGroup(langs);
        zh.setToggleGroup(langs);
        en.getStyleClass().add("left-pill");
        zh.getStyleClass().add("right-pill");
        en.setOnAction(e -> i18n.languageProperty().set(Language.EN));
        zh.setOnAction(e -> i18n.languageProperty().set(Language.ZH_CN));
        Runnable sync = () -> (i18n.language() == Language.EN ? en : zh).setSelected(true);
        i18n.languageProperty().addListener((obs, old, now) -> sync.run());
        sync.run();

        Button themeButton = new Button();
        themeButton.setId("toolbar-theme");
        themeButton.getStyleClass().addAll("button-icon", "flat");
        themeButton.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(
                theme.modeProperty().get() == Theme.Mode.DARK ? Feather.SUN : Feather.MOON), theme.modeProperty()));
        Tooltip themeTip = new Tooltip();
        themeTip.textProperty().bind(i18n.text("action.toggleTheme"));
        themeButton.setTooltip(themeTip);
        themeButton.setOnAction(e -> theme.modeProperty().set(
                theme.modeProperty().get() == Theme.Mode.DARK ? Theme.Mode.LIGHT : Theme.Mode.DARK));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProjectModel current = projects.current();
        Button undo = new Button(null, Icons.of(Feather.ROTATE_CCW));
        undo.setId("toolbar-undo");
        undo.getStyleClass().addAll("button-icon", "flat");
        undo.setOnAction(e -> current.undo());
        undo.disableProperty().bind(current.canUndo().not());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(current.undoLabel());
        undo.setTooltip(undoTip);
        Button redo = new Button(null, Icons.of(Feather.ROTATE_CW));
        redo.setId("toolbar-redo");
        redo.getStyleClass().addAll("button-icon", "flat");
        redo.setOnAction(e -> current.redo());
        redo.disableProperty().bind(current.canRedo().not());
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(current.redoLabel());
        redo.setTooltip(redoTip);
        return new ToolBar(add, importButton, exportButton, new Separator(Orientation.VERTICAL), undo, redo, spacer,
                new HBox(en, zh), themeButton);
    }

    /**
     * Ctrl+F: the shown page's search field (class {@code find-field}), else the project filter (which is made once
     * the workbook has opened: before that there is nothing to find).
     */
    private void find(ProjectPages pages) {
        Node page = pages.selectedContent();
        Node field = page == null ? null : page.lookup(".find-field");
        Node target = field != null ? field : lookup("#project-filter");
        if (target != null) {
            target.requestFocus();
        }
    }

    /** Export PDF briefing…, for the open project and one briefing at a time. */
    private MenuItem briefingItem(BriefingExport briefing, ProjectsViewModel projects, String accelerator) {
        MenuItem item = item("action.exportBriefing", accelerator, briefing::export);
        item.disableProperty().bind(projects.current().projectProperty().isNull().or(briefing.runningProperty()));
        return item;
    }

    /** File ▸ Open recent: rebuilt each time it opens, so it lists what was opened since. */
    private Menu recentMenu(ShellViewModel shell) {
        Menu recent = menu("action.openRecent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (var file : shell.recentWorkbooks()) {
                MenuItem item = new MenuItem(file.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> shell.open(file));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem();
                none.textProperty().bind(i18n.text("action.openRecent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        // A menu without items never shows: one placeholder entry lets it open.
        recent.getItems().add(new MenuItem());
        return recent;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.text(key));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.text(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private RadioMenuItem radio(String key, ToggleGroup group, boolean selected) {
        RadioMenuItem item = new RadioMenuItem();
        item.textProperty().bind(i18n.text(key));
        item.setToggleGroup(group);
        item.setSelected(selected);
        return item;
    }
}
