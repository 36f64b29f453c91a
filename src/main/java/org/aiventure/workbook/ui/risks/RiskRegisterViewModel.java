package org.aiventure.workbook.ui.risks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.Control;
import org.aiventure.workbook.knowledge.GuideSection;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.RiskTemplate;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;

/**
 * The risk register page: the rows of the open project's risks with their scores, the filters that narrow
 * them, the heat map of what the filters let through, the selected risk and every change the page makes,
 * each one undoable edit.
 *
 * <p>The heat map places every risk in the cell of its likelihood (row) and impact (column) in both modes,
 * because mitigations in this model reduce the score, not the likelihood or the impact separately: a residual
 * score has no honest (L, I) position of its own. On the inherent map a cell is coloured by the band of
 * L × I; on the residual map by the worst residual band among the risks in it, so the same cell turns from
 * red to amber as its risks' mitigations are implemented. The map counts the rows the toolbar filters (text,
 * category, status) let through, so it always describes the table; clicking a cell narrows the table further
 * to that cell's risks.
 */
public final class RiskRegisterViewModel {

    /** An owner as the pickers list it: a team entry, or nobody ({@code id} null). */
    public static final RiskRow.Owner NOBODY = new RiskRow.Owner(null, "");

    private final ProjectModel model;
    private final I18n i18n;
    private final ObservableList<RiskRow> rows = FXCollections.observableArrayList(RiskRow::observables);
    private final Map<UUID, RiskRow> byId = new HashMap<>();
    private final FilteredList<RiskRow> filtered = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<RiskCategory> categoryFilter = new SimpleObjectProperty<>(this, "categoryFilter");
    private final ObjectProperty<RiskStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<HeatCell> cellFilter = new SimpleObjectProperty<>(this, "cellFilter");
    private final ObjectProperty<HeatMapMode> mapMode =
            new SimpleObjectProperty<>(this, "mapMode", HeatMapMode.INHERENT);
    private final ReadOnlyObjectWrapper<HeatMapData> heatMap =
            new ReadOnlyObjectWrapper<>(this, "heatMap", HeatMapData.EMPTY);
    private final ReadOnlyObjectWrapper<Risk> selectedRisk = new ReadOnlyObjectWrapper<>(this, "selectedRisk");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ObservableList<RiskRow.Owner> owners = FXCollections.observableArrayList();
    private UUID selectedId;

    public RiskRegisterViewModel(ProjectModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        // Rows show the project alone (each works out its risk's scores), so an edit shows before it is assessed.
        model.projectProperty().addListener(obs -> refresh());
        filterText.addListener((obs, old, now) -> refilter());
        categoryFilter.addListener((obs, old, now) -> refilter());
        statusFilter.addListener((obs, old, now) -> refilter());
        cellFilter.addListener((obs, old, now) -> refilter());
        refresh();
    }

    // ---- what the page shows -------------------------------------------------------------------------

    /** The rows the filters let through, in the project's order (the table sorts them on top). */
    public ObservableList<RiskRow> rows() {
        return filtered;
    }

    /** How many risks the project has, shown or not. */
    public int total() {
        return rows.size();
    }

    /** True while no project is open: nothing can be added. */
    public BooleanBinding noProjectBinding() {
        return model.projectProperty().isNull();
    }

    /** True when the project has no risk at all: the page then explains what a risk is. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Only risks of this category; null for all. */
    public ObjectProperty<RiskCategory> categoryFilterProperty() {
        return categoryFilter;
    }

    /** Only risks of this status; null for all. */
    public ObjectProperty<RiskStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** Only risks of this heat-map cell; null for all. */
    public ObjectProperty<HeatCell> cellFilterProperty() {
        return cellFilter;
    }

    public ObjectProperty<HeatMapMode> mapModeProperty() {
        return mapMode;
    }

    public ReadOnlyObjectProperty<HeatMapData> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    /** A click on a heat-map cell: filters the table to it, or lifts that filter when it is already on. */
    public void toggleCell(HeatCell cell) {
        cellFilter.set(cell.equals(cellFilter.get()) ? null : cell);
    }

    /** Whether any filter hides rows. */
    public BooleanBinding filteredBinding() {
        return Bindings.createBooleanBinding(() -> !filterText.get().isBlank() || categoryFilter.get() != null
                || statusFilter.get() != null || cellFilter.get() != null,
                filterText, categoryFilter, statusFilter, cellFilter);
    }

    public void clearFilters() {
        filterText.set("");
        categoryFilter.set(null);
        statusFilter.set(null);
        cellFilter.set(null);
    }

    /** The project's team entries an owner can be picked from, nobody first. */
    public ObservableList<RiskRow.Owner> owners() {
        return owners;
    }

    public KnowledgeBase knowledge() {
        return model.knowledge();
    }

    public Language language() {
        return i18n.language();
    }

    // ---- selection -----------------------------------------------------------------------------------

    /** The selected risk as it is now (it follows edits and undo); null when none. */
    public ReadOnlyObjectProperty<Risk> selectedRiskProperty() {
        return selectedRisk.getReadOnlyProperty();
    }

    /**
     * Selects a risk (the table, or the Navigator for a finding about it). A risk the filters hide is shown by
     * lifting the filters; an unknown id selects nothing.
     */
    public void select(UUID riskId) {
        RiskRow row = riskId == null ? null : byId.get(riskId);
        if (row != null && !filtered.contains(row)) {
            clearFilters();
        }
        selectedId = row == null ? null : riskId;
        updateSelected();
    }

    /** The risk with this id as the project holds it now; null when there is none. */
    public Risk risk(UUID riskId) {
        return riskId == null || !byId.containsKey(riskId) ? null : model.project().risk(riskId);
    }

    /** The row of a risk, for the table to select and scroll to; null when there is none. */
    public RiskRow row(UUID riskId) {
        return riskId == null ? null : byId.get(riskId);
    }

    // ---- register edits ------------------------------------------------------------------------------

    /**
     * Adds a risk with the next free code and middling scales, in the category the filter shows (OTHER when
     * none), and selects it; filters that would hide it are lifted.
     */
    public void add() {
        Project p = model.project();
        if (p == null) {
            return;
        }
        RiskCategory category = categoryFilter.get() == null ? RiskCategory.OTHER : categoryFilter.get();
        HeatCell cell = cellFilter.get();
        Risk risk = new Risk(UUID.randomUUID(), p.nextRiskCode(), i18n.get("risks.new.title"), "", category,
                cell == null ? 3 : cell.likelihood(), cell == null ? 3 : cell.impact(), Treatment.MITIGATE,
                RiskStatus.OPEN, null, null, null, List.of());
        if (model.apply(Edit.of("edit.risk.add", project -> project.addRisk(risk), risk.code()))) {
            select(risk.id());
        }
    }

    /** Copies the selected risk under the next free code, its mitigations with new ids, and selects the copy. */
    public void duplicate() {
        Risk source = selectedRisk.get();
        if (source == null) {
            return;
        }
        Risk copy = new Risk(UUID.randomUUID(), model.project().nextRiskCode(), source.title(),
                source.description(), source.category(), source.likelihood(), source.impact(), source.treatment(),
                source.status(), source.ownerId(), source.reviewBy(), source.acceptance(),
                source.mitigations().stream().map(m -> new Mitigation(UUID.randomUUID(), m.controlId(), m.title(),
                        m.state(), m.effectiveness())).toList());
        if (model.apply(Edit.of("edit.risk.duplicate", project -> project.addRisk(copy), source.code()))) {
            select(copy.id());
        }
    }

    /** Deletes the selected risk (undoable) and selects the row that took its place. */
    public void delete() {
        Risk risk = selectedRisk.get();
        if (risk == null) {
            return;
        }
        int index = filtered.indexOf(byId.get(risk.id()));
        if (model.apply(Edit.of("edit.risk.delete", project -> project.removeRisk(risk.id()), risk.code()))) {
            select(filtered.isEmpty() ? null : filtered.get(Math.min(index, filtered.size() - 1)).id());
        }
    }

    /**
     * The empty register's offer: for each category of the guide's sections 1-5 without an OPEN risk, its
     * template risk carrying the guide's controls as PLANNED mitigations at their default effect, in one edit.
     */
    public void addGuideRisks() {
        Project p = model.project();
        KnowledgeBase kb = model.knowledge();
        if (p == null) {
            return;
        }
        Set<RiskCategory> covered = new HashSet<>();
        p.risks().stream().filter(Risk::isOpen).forEach(r -> covered.add(r.category()));
        Language lang = i18n.language();
        List<Risk> added = new ArrayList<>();
        int next = p.risks().stream().mapToInt(Risk::codeNumber).max().orElse(0) + 1;
        for (GuideSection section : kb.guide().sections()) {
            RiskCategory category = section.category();
            if (category == null || !covered.add(category)) {
                continue;
            }
            RiskTemplate template = kb.riskTemplate(category);
            List<Mitigation> mitigations = template.controls().stream().map(kb::control)
                    .map(c -> new Mitigation(UUID.randomUUID(), c.key(), kb.controlLabel(lang, c.key()),
                            MitigationState.PLANNED, c.defaultEffect()))
                    .toList();
            added.add(new Risk(UUID.randomUUID(), Risk.code(next++), template.title().in(lang),
                    template.description().in(lang), category, 3, 3, Treatment.MITIGATE, RiskStatus.OPEN, null,
                    null, null, mitigations));
        }
        if (added.isEmpty()) {
            return;
        }
        if (model.apply(Edit.of("edit.risk.guide", project -> {
            Project out = project;
            for (Risk r : added) {
                out = out.addRisk(r);
            }
            return out;
        }, String.valueOf(added.size())))) {
            select(added.get(0).id());
        }
    }

    // ---- field edits: one undo step each -------------------------------------------------------------

    public void setTitle(UUID riskId, String title) {
        change(riskId, "edit.risk.title", r -> r.withTitle(title.strip()));
    }

    public boolean setDescription(UUID riskId, String description) {
        return change(riskId, "edit.risk.description", r -> r.withDescription(description));
    }

    public void setCategory(UUID riskId, RiskCategory category) {
        change(riskId, "edit.risk.category", r -> r.withCategory(category));
    }

    public void setLikelihood(UUID riskId, int likelihood) {
        change(riskId, "edit.risk.likelihood", r -> r.withScale(likelihood, r.impact()));
    }

    public void setImpact(UUID riskId, int impact) {
        change(riskId, "edit.risk.impact", r -> r.withScale(r.likelihood(), impact));
    }

    public void setTreatment(UUID riskId, Treatment treatment) {
        change(riskId, "edit.risk.treatment", r -> r.withTreatment(treatment));
    }

    public void setStatus(UUID riskId, RiskStatus status) {
        change(riskId, "edit.risk.status", r -> r.withStatus(status));
    }

    /** Makes a team entry the owner; null (or {@link #NOBODY}'s id) leaves the risk unowned. */
    public void setOwner(UUID riskId, UUID ownerId) {
        change(riskId, "edit.risk.owner", r -> r.withOwner(ownerId));
    }

    public void setReviewBy(UUID riskId, LocalDate reviewBy) {
        change(riskId, "edit.risk.reviewBy", r -> r.withReviewBy(reviewBy));
    }

    /** Whether the selected risk is accepted, so the page asks why and until when. */
    public BooleanBinding acceptanceShownBinding() {
        return Bindings.createBooleanBinding(() -> selectedRisk.get() != null
                && selectedRisk.get().treatment() == Treatment.ACCEPT, selectedRisk);
    }

    public boolean setAcceptanceRationale(UUID riskId, String rationale) {
        return change(riskId, "edit.risk.rationale", r -> r.withAcceptance(new Acceptance(rationale,
                r.acceptance() == null ? null : r.acceptance().expires())));
    }

    public void setAcceptanceExpiry(UUID riskId, LocalDate expires) {
        change(riskId, "edit.risk.expiry", r -> r.withAcceptance(new Acceptance(
                r.acceptance() == null ? "" : r.acceptance().rationale(), expires)));
    }

    // ---- mitigations ---------------------------------------------------------------------------------

    /** The guide's controls for the risk's category that none of its mitigations uses yet. */
    public List<Control> unusedControls(Risk risk) {
        Set<String> used = new HashSet<>();
        risk.mitigations().forEach(m -> used.add(m.controlId()));
        return model.knowledge().controlsOf(risk.category()).stream().filter(c -> !used.contains(c.key())).toList();
    }

    /** Adds a control of the catalogue as a PLANNED mitigation at its default effectiveness. */
    public void addControl(UUID riskId, String controlKey) {
        Control control = model.knowledge().control(controlKey);
        Mitigation m = new Mitigation(UUID.randomUUID(), control.key(),
                model.knowledge().controlLabel(i18n.language(), control.key()), MitigationState.PLANNED,
                control.defaultEffect());
        change(riskId, "edit.mitigation.add", r -> r.withMitigations(plus(r.mitigations(), m)));
    }

    /** Adds a mitigation of the founder's own, PLANNED, with a title to overwrite and no effect yet. */
    public void addCustomMitigation(UUID riskId) {
        Mitigation m = new Mitigation(UUID.randomUUID(), null, i18n.get("risks.mitigation.newTitle"),
                MitigationState.PLANNED, 0);
        change(riskId, "edit.mitigation.add", r -> r.withMitigations(plus(r.mitigations(), m)));
    }

    public void setMitigationState(UUID riskId, UUID mitigationId, MitigationState state) {
        changeMitigation(riskId, mitigationId, "edit.mitigation.state", m -> m.withState(state));
    }

    public void setMitigationEffectiveness(UUID riskId, UUID mitigationId, int effectiveness) {
        changeMitigation(riskId, mitigationId, "edit.mitigation.effectiveness", m -> m.withEffectiveness(effectiveness));
    }

    public boolean setMitigationTitle(UUID riskId, UUID mitigationId, String title) {
        return changeMitigation(riskId, mitigationId, "edit.mitigation.title", m -> m.withTitle(title.strip()));
    }

    public void removeMitigation(UUID riskId, UUID mitigationId) {
        change(riskId, "edit.mitigation.remove", r -> r.withMitigations(
                r.mitigations().stream().filter(m -> !m.id().equals(mitigationId)).toList()));
    }

    // ---- internals -----------------------------------------------------------------------------------

    /** Applies one change to a risk as an edit; false when there is no such risk or the project refused it. */
    private boolean change(UUID riskId, String labelKey, UnaryOperator<Risk> op) {
        Project p = model.project();
        if (p == null || !byId.containsKey(riskId)) {
            return false;
        }
        return model.apply(Edit.of(labelKey, project -> project.withRisk(riskId, op), p.risk(riskId).code()));
    }

    private boolean changeMitigation(UUID riskId, UUID mitigationId, String labelKey,
                                     UnaryOperator<Mitigation> op) {
        return change(riskId, labelKey, r -> r.withMitigations(r.mitigations().stream()
                .map(m -> m.id().equals(mitigationId) ? op.apply(m) : m).toList()));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    /**
     * Brings the rows to the project: existing rows update in place and the list itself changes only when
     * risks were added, removed or reordered.
     */
    private void refresh() {
        Project p = model.project();
        if (p == null) {
            byId.clear();
            rows.clear();
            owners.clear();
            empty.set(true);
            selectedId = null;
            updateSelected();
            recount();
            return;
        }
        Map<UUID, RiskRow.Owner> ownerById = new HashMap<>();
        List<RiskRow.Owner> ownerList = new ArrayList<>();
        ownerList.add(NOBODY);
        for (TeamEntry t : p.team()) {
            RiskRow.Owner o = new RiskRow.Owner(t.id(), t.person().isBlank() ? t.title()
                    : i18n.get("risks.owner.name", t.title(), t.person()));
            ownerById.put(t.id(), o);
            ownerList.add(o);
        }
        if (!owners.equals(ownerList)) {
            owners.setAll(ownerList);
        }
        List<RiskRow> next = new ArrayList<>(p.risks().size());
        boolean sameOrder = p.risks().size() == rows.size();
        for (int i = 0; i < p.risks().size(); i++) {
            Risk r = p.risks().get(i);
            RiskRow.Owner owner = r.ownerId() == null ? NOBODY : ownerById.get(r.ownerId());
            RiskRow row = byId.get(r.id());
            if (row == null) {
                row = new RiskRow(r, owner);
            } else {
                row.update(r, owner);
            }
            next.add(row);
            sameOrder = sameOrder && rows.get(i) == row;
        }
        if (!sameOrder) {
            byId.clear();
            next.forEach(row -> byId.put(row.id(), row));
            rows.setAll(next);
        }
        empty.set(next.isEmpty());
        if (selectedId != null && !byId.containsKey(selectedId)) {
            selectedId = null;
        }
        updateSelected();
        recount();
    }

    private void updateSelected() {
        Project p = model.project();
        selectedRisk.set(p == null || selectedId == null ? null : p.risk(selectedId));
    }

    private void refilter() {
        filtered.setPredicate(toolbarFilter().and(cellFilterPredicate()));
        recount();
    }

    private Predicate<RiskRow> toolbarFilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        RiskCategory category = categoryFilter.get();
        RiskStatus status = statusFilter.get();
        return row -> (category == null || row.category() == category)
                && (status == null || row.status() == status)
                && (text.isEmpty() || row.code().toLowerCase(Locale.ROOT).contains(text)
                        || row.title().toLowerCase(Locale.ROOT).contains(text)
                        || row.descriptionProperty().get().toLowerCase(Locale.ROOT).contains(text));
    }

    private Predicate<RiskRow> cellFilterPredicate() {
        HeatCell cell = cellFilter.get();
        return row -> cell == null || (row.likelihood() == cell.likelihood() && row.impact() == cell.impact());
    }

    private void recount() {
        Predicate<RiskRow> shown = toolbarFilter();
        HeatMapData.Builder counts = new HeatMapData.Builder();
        for (RiskRow row : rows) {
            if (shown.test(row)) {
                counts.add(row.likelihood(), row.impact(), row.residualBand());
            }
        }
        heatMap.set(counts.build());
    }
}
