package org.aiventure.workbook.ui.risks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.ScaleStep;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * The risk register page (UI.md "Risks"): a toolbar of filters and actions, the table of risks with inline
 * editing beside the heat map, and the selected risk's details below. Keyboard: F2 or Enter edits the
 * focused cell, Enter commits it, Escape takes it back, Delete removes the selected risk (undoable).
 */
public final class RiskRegisterView extends BorderPane {

    private static final String CSS = "/org/aiventure/workbook/css/risks.css";

    private final RiskRegisterViewModel model;
    private final I18n i18n;
    private final TableView<RiskRow> table = new TableView<>();
    private final ComboBox<RiskCategory> category = new ComboBox<>();
    private final ComboBox<RiskStatus> status = new ComboBox<>();
    private final Label count = new Label();
    private final Button cellChip = new Button();
    private final List<Runnable> relabel = new ArrayList<>();
    private TableColumn<RiskRow, String> titleColumn;
    private boolean syncing;

    /** The page for the open project of {@code projects}; it follows whatever project is open. */
    public RiskRegisterView(ProjectModel projects, I18n i18n) {
        this(new RiskRegisterViewModel(projects, i18n), i18n);
    }

    public RiskRegisterView(RiskRegisterViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStylesheets().add(RiskRegisterView.class.getResource(CSS).toExternalForm());
        getStyleClass().add("risk-register");
        setId("risk-register");

        RiskHeatMap heatMap = new RiskHeatMap(i18n, model::knowledge);
        heatMap.setId("risk-heat-map");
        heatMap.dataProperty().bind(model.heatMapProperty());
        heatMap.modeProperty().bindBidirectional(model.mapModeProperty());
        heatMap.selectedCellProperty().bind(model.cellFilterProperty());
        heatMap.setOnCellClicked(model::toggleCell);
        heatMap.setMinWidth(Region.USE_PREF_SIZE);

        buildTable();
        HBox top = new HBox(12, table, heatMap);
        top.getStyleClass().add("risk-register-top");
        HBox.setHgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, new RiskDetailView(model, i18n));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(toolbar());
        setCenter(split);

        i18n.languageProperty().addListener((obs, old, now) -> {
            relabel.forEach(Runnable::run);
            table.refresh();
        });
        relabel.forEach(Runnable::run);
    }

    public RiskRegisterViewModel viewModel() {
        return model;
    }

    /** Shows this risk selected and scrolled into view (the Navigator's "show risk"). */
    public void select(UUID riskId) {
        model.select(riskId);
    }

    // ---- toolbar -------------------------------------------------------------------------------------

    private Node toolbar() {
        TextField filter = new TextField();
        filter.setId("risk-filter");
        filter.getStyleClass().add("find-field");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filter.setPrefColumnCount(12);
        relabel.add(() -> filter.setPromptText(i18n.get("risks.filter.prompt")));

        category.setId("risk-category-filter");
        category.setPrefWidth(160);
        category.getItems().add(null);
        category.getItems().addAll(RiskCategory.values());
        category.valueProperty().bindBidirectional(model.categoryFilterProperty());
        optionLabels(category, "risks.filter.allCategories", c -> model.knowledge().label(model.language(), c));

        status.setId("risk-status-filter");
        status.setPrefWidth(110);
        status.getItems().add(null);
        status.getItems().addAll(RiskStatus.values());
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        optionLabels(status, "risks.filter.allStatuses", s -> model.knowledge().label(model.language(), s));

        cellChip.setId("risk-cell-filter");
        cellChip.setGraphic(Icons.of(Feather.X));
        cellChip.setContentDisplay(ContentDisplay.RIGHT);
        cellChip.getStyleClass().addAll("small", "cell-filter-chip");
        cellChip.visibleProperty().bind(model.cellFilterProperty().isNotNull());
        cellChip.managedProperty().bind(cellChip.visibleProperty());
        cellChip.setOnAction(e -> model.cellFilterProperty().set(null));
        model.cellFilterProperty().addListener((obs, old, now) -> relabelCellChip());
        relabel.add(this::relabelCellChip);

        Button add = new Button(null, Icons.of(Feather.PLUS));
        add.setId("risk-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.noProjectBinding());
        add.setOnAction(e -> model.add());
        relabel.add(() -> add.setText(i18n.get("risks.action.add")));
        Button duplicate = new Button(null, Icons.of(Feather.COPY));
        duplicate.setId("risk-duplicate");
        duplicate.disableProperty().bind(model.selectedRiskProperty().isNull());
        duplicate.setOnAction(e -> model.duplicate());
        duplicate.getStyleClass().add("button-icon");
        relabel.add(() -> duplicate.setTooltip(new Tooltip(i18n.get("action.duplicate"))));
        Button delete = new Button(null, Icons.of(Feather.TRASH_2));
        delete.setId("risk-delete");
        delete.disableProperty().bind(model.selectedRiskProperty().isNull());
        delete.setOnAction(e -> model.delete());
        delete.getStyleClass().add("button-icon");
        relabel.add(() -> delete.setTooltip(new Tooltip(i18n.get("risks.action.delete.tooltip"))));

        count.getStyleClass().add("text-muted");
        count.setId("risk-count");
        model.rows().addListener((ListChangeListener<RiskRow>) c -> recount());
        relabel.add(this::recount);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, filter, category, status, cellChip, count, spacer, add, duplicate, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("risk-toolbar");
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private void relabelCellChip() {
        HeatCell cell = model.cellFilterProperty().get();
        cellChip.setText(cell == null ? "" : i18n.get("risks.filter.cell", cell.likelihood(), cell.impact()));
        cellChip.setTooltip(new Tooltip(i18n.get("risks.filter.cell.tooltip")));
    }

    private void recount() {
        count.setText(i18n.get("risks.count", model.rows().size(), model.total()));
    }

    /** A filter box whose empty choice (null) reads "All …" and whose labels follow the language. */
    private <T> void optionLabels(ComboBox<T> box, String allKey, Function<T, String> label) {
        Runnable apply = () -> {
            box.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item == null ? i18n.get(allKey) : label.apply(item));
                }
            });
            box.setButtonCell(box.getCellFactory().call(null));
            box.setPromptText(i18n.get(allKey));
        };
        relabel.add(apply);
    }

    // ---- table ---------------------------------------------------------------------------------------

    private void buildTable() {
        table.setId("risk-table");
        table.setEditable(true);
        table.getStyleClass().addAll("risk-table", "dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<RiskRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        TableColumn<RiskRow, String> code = column("risks.column.code", RiskRow::codeProperty, 64);
        code.setEditable(false);
        // codes compare by their number, not their text: R-1000 after R-999
        code.setComparator(Comparator.comparing(text -> Integer.parseInt(text.substring(2))));

        titleColumn = column("risks.column.title", RiskRow::titleProperty, 260);
        titleColumn.setCellFactory(c -> new TextEditCell((row, text) -> model.setTitle(row.id(), text)));
        titleColumn.getStyleClass().add("title-column");

        TableColumn<RiskRow, RiskCategory> categoryColumn = column("risks.column.category",
                RiskRow::categoryProperty, 130);
        categoryColumn.setCellFactory(c -> new ChoiceEditCell<>(
                () -> FXCollections.observableArrayList(RiskCategory.values()),
                v -> model.knowledge().label(model.language(), v), v -> model.knowledge().label(model.language(), v),
                v -> model.knowledge().explanation(model.language(), v), (row, v) -> model.setCategory(row.id(), v)));

        TableColumn<RiskRow, Number> likelihood = column("risks.column.likelihood", RiskRow::likelihoodProperty, 44);
        likelihood.setCellFactory(c -> scaleCell(true));
        TableColumn<RiskRow, Number> impact = column("risks.column.impact", RiskRow::impactProperty, 44);
        impact.setCellFactory(c -> scaleCell(false));

        TableColumn<RiskRow, Number> score = column("risks.column.score", RiskRow::inherentProperty, 96);
        score.setCellFactory(c -> new ScoreCell<>(RiskRow::band, i18n));
        score.setEditable(false);
        score.setMinWidth(96);
        TableColumn<RiskRow, BigDecimal> residual = column("risks.column.residual", RiskRow::residualProperty, 104);
        residual.setCellFactory(c -> new ScoreCell<>(RiskRow::residualBand, i18n));
        residual.setEditable(false);
        residual.setMinWidth(108);

        TableColumn<RiskRow, Treatment> treatment = column("risks.column.treatment", RiskRow::treatmentProperty, 96);
        treatment.setCellFactory(c -> enumCell(Treatment.values(), (row, v) -> model.setTreatment(row.id(), v)));
        TableColumn<RiskRow, RiskStatus> statusColumn = column("risks.column.status", RiskRow::statusProperty, 72);
        statusColumn.setCellFactory(c -> enumCell(RiskStatus.values(), (row, v) -> model.setStatus(row.id(), v)));

        TableColumn<RiskRow, RiskRow.Owner> owner = column("risks.column.owner", RiskRow::ownerProperty, 140);
        owner.setComparator(Comparator.comparing(RiskRow.Owner::name));
        owner.setCellFactory(c -> new ChoiceEditCell<>(model::owners,
                o -> o.id() == null ? i18n.get("risks.owner.none") : o.name(),
                o -> o.id() == null ? i18n.get("risks.owner.none") : o.name(), null,
                (row, o) -> model.setOwner(row.id(), o.id())));

        TableColumn<RiskRow, LocalDate> review = column("risks.column.reviewBy", RiskRow::reviewByProperty, 96);
        review.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        review.setCellFactory(c -> new DateEditCell((row, d) -> model.setReviewBy(row.id(), d)));

        table.getColumns().setAll(Arrays.asList(code, titleColumn, categoryColumn, likelihood, impact, score,
                residual, treatment, statusColumn, owner, review));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // a list change may clear the table's selection for a moment; only a row picked counts
            if (!syncing && now != null) {
                syncing = true;
                try {
                    model.select(now.id());
                } finally {
                    syncing = false;
                }
            }
        });
        model.selectedRiskProperty().addListener((obs, old, now) -> showSelection());
        table.getItems().addListener((ListChangeListener<RiskRow>) c -> showSelection());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.emptyProperty().addListener((obs, old, now) -> table.setPlaceholder(placeholder()));
        relabel.add(() -> table.setPlaceholder(placeholder()));
    }

    private void showSelection() {
        if (syncing) {
            return;
        }
        var risk = model.selectedRiskProperty().get();
        RiskRow row = risk == null ? null : model.row(risk.id());
        if (row == table.getSelectionModel().getSelectedItem()) {
            return;
        }
        syncing = true;
        try {
            if (row == null || !table.getItems().contains(row)) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            syncing = false;
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() != table || table.getEditingCell() != null) {
            return;
        }
        if (e.getCode() == KeyCode.DELETE) {
            model.delete();
            e.consume();
        } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
            int row = table.getSelectionModel().getSelectedIndex();
            if (row >= 0) {
                TablePosition<RiskRow, ?> focused = table.getFocusModel().getFocusedCell();
                TableColumn<RiskRow, ?> column = focused == null || focused.getTableColumn() == null
                        || !focused.getTableColumn().isEditable() ? titleColumn : focused.getTableColumn();
                table.edit(row, column);
                e.consume();
            }
        }
    }

    private Node placeholder() {
        if (model.emptyProperty().get()) {
            Label title = new Label(i18n.get("risks.empty.title"));
            title.getStyleClass().add("title-4");
            Label text = new Label(i18n.get("risks.empty.text"));
            text.setWrapText(true);
            text.setMaxWidth(520);
            Button guide = new Button(i18n.get("risks.empty.guide"), Icons.of(Feather.BOOK_OPEN));
            guide.setId("risk-add-guide");
            guide.getStyleClass().add("accent");
            guide.setOnAction(e -> model.addGuideRisks());
            Button add = new Button(i18n.get("risks.action.add"), Icons.of(Feather.PLUS));
            add.setOnAction(e -> model.add());
            VBox box = new VBox(10, title, text, new HBox(8, guide, add));
            box.setMaxWidth(560);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("risk-empty");
            return box;
        }
        Label none = new Label(i18n.get("risks.filtered.none"));
        Button clear = new Button(i18n.get("risks.filter.clear"), Icons.of(Feather.X));
        clear.setOnAction(e -> model.clearFilters());
        VBox box = new VBox(8, none, clear);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private ChoiceEditCell<Number> scaleCell(boolean likelihood) {
        ObservableList<Number> steps = FXCollections.observableArrayList(1, 2, 3, 4, 5);
        Function<Number, ScaleStep> step = n -> likelihood ? model.knowledge().likelihoodStep(n.intValue())
                : model.knowledge().impactStep(n.intValue());
        String axis = likelihood ? "risks.map.likelihood" : "risks.map.impact";
        return new ChoiceEditCell<>(() -> steps, String::valueOf,
                n -> i18n.get("risks.scale.short", n, step.apply(n).label().in(model.language())),
                n -> i18n.get("risks.scale.tooltip", i18n.get(axis), n, step.apply(n).label().in(model.language()),
                        step.apply(n).description().in(model.language())),
                (row, n) -> {
                    if (likelihood) {
                        model.setLikelihood(row.id(), n.intValue());
                    } else {
                        model.setImpact(row.id(), n.intValue());
                    }
                });
    }

    private <E extends Enum<E>> ChoiceEditCell<E> enumCell(E[] values, BiConsumer<RiskRow, E> commit) {
        return new ChoiceEditCell<>(() -> FXCollections.observableArrayList(values),
                v -> model.knowledge().label(model.language(), v), v -> model.knowledge().label(model.language(), v),
                v -> model.knowledge().explanation(model.language(), v), commit);
    }

    private <T> TableColumn<RiskRow, T> column(String key, Function<RiskRow, ObservableValue<T>> value, double width) {
        TableColumn<RiskRow, T> column = new TableColumn<>();
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setPrefWidth(width);
        // nothing but the title and the texts after it shrinks below its width: codes and scores stay whole
        column.setMinWidth(width > 120 ? 90 : width);
        relabel.add(() -> column.setText(i18n.get(key)));
        return column;
    }
}
