package org.aiventure.workbook.ui.projects;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.Once;
import org.aiventure.workbook.ui.shell.ShellViewModel;
import org.kordamp.ikonli.feather.Feather;

/** The sidebar: the workbook's projects with a filter, and the buttons that start a new one. */
public final class ProjectsView extends VBox {

    public ProjectsView(ProjectsViewModel model, ShellViewModel shell, I18n i18n) {
        getStyleClass().add("sidebar");
        setPrefWidth(220);
        setMinWidth(180);

        Label title = new Label();
        title.textProperty().bind(i18n.text("sidebar.title"));
        title.getStyleClass().add("sidebar-title");
        MenuItem blank = new MenuItem();
        blank.textProperty().bind(i18n.text("action.newBlank"));
        blank.setOnAction(e -> model.newBlankProject());
        MenuItem guide = new MenuItem();
        guide.textProperty().bind(i18n.text("action.newFromGuide"));
        guide.setOnAction(e -> model.newProjectFromGuide());
        MenuButton add = new MenuButton(null, Icons.of(Feather.PLUS), guide, blank);
        add.setId("sidebar-add");
        add.getStyleClass().addAll("flat", "button-icon");
        add.disableProperty().bind(model.busyProperty().or(shell.workbookProperty().isNull()));
        Tooltip addTip = new Tooltip();
        addTip.textProperty().bind(i18n.text("action.new"));
        add.setTooltip(addTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);

        // The filter and the list are made once the first workbook has opened (or failed to): until then there is
        // nothing to filter or list, and made before the first window is drawn they delay it by ~30 ms (a list's
        // skin is among the heaviest). Meanwhile the hint the empty list shows ("Opening your workbook…") stands in.
        Label hint = placeholder(model, shell, i18n);
        StackPane waiting = new StackPane(hint);
        VBox.setVgrow(waiting, Priority.ALWAYS);
        getChildren().addAll(header, waiting);
        Runnable showList = () -> {
            waiting.getChildren().clear();
            getChildren().remove(waiting);
            getChildren().addAll(filterAndList(model, shell, i18n, hint));
        };
        Once.when(shell.stateProperty(), state -> state != ShellViewModel.State.OPENING, showList);
    }

    /** The filter field and the list of projects, with {@code hint} as what the list shows while empty. */
    private static Node[] filterAndList(ProjectsViewModel model, ShellViewModel shell, I18n i18n, Label hint) {
        TextField filter = new TextField();
        filter.setId("project-filter");
        filter.promptTextProperty().bind(i18n.text("sidebar.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());

        ListView<ProjectSummary> list = new ListView<>(model.visibleProjects());
        list.setId("project-list");
        list.setCellFactory(v -> new ProjectCell(i18n, shell));
        i18n.languageProperty().addListener((obs, old, now) -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !model.visibleProjects().contains(model.selectedProperty().get())) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.setContextMenu(contextMenu(model, i18n));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                model.renameSelected();
            }
        });
        list.setPlaceholder(hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        return new Node[] {filter, list};
    }

    private static ContextMenu contextMenu(ProjectsViewModel model, I18n i18n) {
        MenuItem rename = item(i18n, "action.rename", Feather.EDIT_2, model::renameSelected);
        MenuItem duplicate = item(i18n, "action.duplicate", Feather.COPY, model::duplicateSelected);
        MenuItem delete = item(i18n, "action.delete", Feather.TRASH_2, model::deleteSelected);
        ContextMenu menu = new ContextMenu(rename, duplicate, delete);
        menu.getItems().forEach(i -> i.disableProperty().bind(model.selectedProperty().isNull()));
        return menu;
    }

    private static MenuItem item(I18n i18n, String key, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(null, Icons.of(icon));
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** What the empty list says: still opening, no workbook, no project yet, or nothing matches. */
    private static Label placeholder(ProjectsViewModel model, ShellViewModel shell, I18n i18n) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add("empty-hint");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            if (shell.stateProperty().get() == ShellViewModel.State.OPENING) {
                return i18n.get("sidebar.opening");
            }
            if (shell.workbookProperty().get() == null) {
                return i18n.get("sidebar.noWorkbook");
            }
            return model.projects().isEmpty() ? i18n.get("sidebar.empty") : i18n.get("sidebar.noMatch");
        }, i18n.languageProperty(), shell.stateProperty(), shell.workbookProperty(), model.projects()));
        return label;
    }

    /** A project in the list: its name, and its stage and last change below. */
    private static final class ProjectCell extends ListCell<ProjectSummary> {
        private final I18n i18n;
        private final ShellViewModel shell;

        ProjectCell(I18n i18n, ShellViewModel shell) {
            this.i18n = i18n;
            this.shell = shell;
            // Cells as wide as the list, never wider: long names end in "…" instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ProjectSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("project-name");
            String changed = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(i18n.language().locale()).withZone(ZoneId.systemDefault()).format(item.updatedAt());
            Label detail = new Label(shell.workbookProperty().get().knowledge().label(i18n.language(), item.stage())
                    + " · " + changed);
            detail.getStyleClass().add("project-detail");
            setText(null);
            setGraphic(new VBox(2, name, detail));
        }
    }
}
