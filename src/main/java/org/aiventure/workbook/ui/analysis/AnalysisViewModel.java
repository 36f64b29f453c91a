package org.aiventure.workbook.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.OpportunityCategory;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.knowledge.Control;
import org.aiventure.workbook.knowledge.GuideItem;
import org.aiventure.workbook.knowledge.GuideSection;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.RiskTemplate;
import org.aiventure.workbook.scoring.AreaScore;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.SubjectType;
import org.aiventure.workbook.ui.common.DialogService;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;

/**
 * The Opportunities &amp; challenges page (seed §6): the project's opportunities and challenges as cards, the
 * selected one, the ANALYSIS area score, and every change the page makes, each one undoable edit.
 *
 * <p>Texts the page writes into the project (a new item's title, the guide's items, a promoted challenge's
 * risk and its mitigations) are in the project's language, not the screen's: a Chinese briefing stays
 * Chinese when its founder reads the app in English.
 */
public final class AnalysisViewModel {

    /** A new item's impact and likelihood: the middle of the scale, for the founder to move. */
    static final int START_SCALE = 3;

    private static final String NOT_IN_REGISTER = "CHALLENGE_NOT_IN_REGISTER";

    private final ProjectModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final ObservableList<AnalysisCard> opportunities = FXCollections.observableArrayList();
    private final ObservableList<AnalysisCard> challenges = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AnalysisCard> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<AreaScore> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final Map<UUID, AnalysisCard> byId = new HashMap<>();
    private UUID selectedId;

    public AnalysisViewModel(ProjectModel model, I18n i18n, DialogService dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        model.onChange(this::refresh);
        refresh();
    }

    // ---- what the page shows -------------------------------------------------------------------------

    public ObservableList<AnalysisCard> opportunities() {
        return opportunities;
    }

    public ObservableList<AnalysisCard> challenges() {
        return challenges;
    }

    public ObservableList<AnalysisCard> cards(AnalysisKind kind) {
        return kind == AnalysisKind.OPPORTUNITY ? opportunities : challenges;
    }

    /** The selected item as it is now (it follows edits and undo); null when none. */
    public ReadOnlyObjectProperty<AnalysisCard> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The ANALYSIS area with its terms Op, Ch and L; null while no project is open. */
    public ReadOnlyObjectProperty<AreaScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return model.projectProperty();
    }

    public KnowledgeBase knowledge() {
        return model.knowledge();
    }

    public I18n i18n() {
        return i18n;
    }

    /** The item with this id as the project holds it now; null when there is none. */
    public AnalysisCard card(UUID id) {
        return id == null ? null : byId.get(id);
    }

    /** The categories an item of this kind can have: the opportunity categories or the risk categories. */
    public List<AnalysisCategory> categories(AnalysisKind kind) {
        return kind == AnalysisKind.OPPORTUNITY ? List.of(OpportunityCategory.values())
                : List.of(RiskCategory.values());
    }

    // ---- selection -----------------------------------------------------------------------------------

    /** Selects an item (a card, a point of the matrix, a finding about it); an unknown id selects nothing. */
    public void select(UUID id) {
        selectedId = id != null && byId.containsKey(id) ? id : null;
        selected.set(card(selectedId));
    }

    // ---- items ---------------------------------------------------------------------------------------

    /** Adds an opportunity or a challenge of the "other" category in the middle of both scales, selected. */
    public void add(AnalysisKind kind) {
        Project p = model.project();
        if (p == null) {
            return;
        }
        AnalysisCategory category = kind == AnalysisKind.OPPORTUNITY ? OpportunityCategory.OTHER_OPPORTUNITY
                : RiskCategory.OTHER;
        String title = Messages.format(p.language(), "analysis.new." + kind.name());
        AnalysisItem item = new AnalysisItem(UUID.randomUUID(), kind, category, title, "", START_SCALE,
                START_SCALE, List.of());
        if (model.apply(Edit.of("edit.analysis.add." + kind.name(), project -> project.withAnalysis(
                plus(project.analysis(), item)), title))) {
            select(item.id());
        }
    }

    /** Deletes the selected item (undoable) and selects the next one of its kind, if any. */
    public void delete() {
        AnalysisCard card = selected.get();
        if (card == null) {
            return;
        }
        List<AnalysisCard> same = cards(card.kind());
        int index = same.indexOf(card);
        if (model.apply(Edit.of("edit.analysis.delete", project -> project.withAnalysis(project.analysis()
                .stream().filter(a -> !a.id().equals(card.id())).toList()), card.item().title()))) {
            select(same.isEmpty() ? null : same.get(Math.min(index, same.size() - 1)).id());
        }
    }

    /** Returns whether the title was taken; a blank or too long one is refused and explained. */
    public boolean setTitle(UUID id, String title) {
        String next = title.strip();
        return change(id, "edit.analysis.title", a -> copy(a, a.category(), next, a.notes(), a.impact(),
                a.likelihood()));
    }

    public boolean setNotes(UUID id, String notes) {
        return change(id, "edit.analysis.notes", a -> copy(a, a.category(), a.title(), notes, a.impact(),
                a.likelihood()));
    }

    public void setCategory(UUID id, AnalysisCategory category) {
        change(id, "edit.analysis.category", a -> copy(a, category, a.title(), a.notes(), a.impact(),
                a.likelihood()));
    }

    public void setImpact(UUID id, int impact) {
        change(id, "edit.analysis.impact", a -> copy(a, a.category(), a.title(), a.notes(), impact,
                a.likelihood()));
    }

    public void setLikelihood(UUID id, int likelihood) {
        change(id, "edit.analysis.likelihood", a -> copy(a, a.category(), a.title(), a.notes(), a.impact(),
                likelihood));
    }

    // ---- the risk register ---------------------------------------------------------------------------

    /**
     * Puts a challenge into the register, in one undoable edit: a new OPEN risk of the challenge's category
     * under the next free code, titled like it, described by its notes (or the category's template), at its
     * likelihood and impact, treated by mitigation with the template's controls as PLANNED mitigations at
     * their default effect; and the challenge linked to it. Returns the new risk; null for an opportunity.
     */
    public Risk addToRegister(UUID id) {
        AnalysisCard card = card(id);
        Project p = model.project();
        if (card == null || !card.isChallenge() || p == null) {
            return null;
        }
        AnalysisItem item = card.item();
        RiskCategory category = (RiskCategory) item.category();
        KnowledgeBase kb = model.knowledge();
        Language lang = p.language();
        RiskTemplate template = kb.riskTemplate(category);
        List<Mitigation> mitigations = template.controls().stream().map(kb::control)
                .map(c -> mitigation(kb, lang, c)).toList();
        Risk risk = new Risk(UUID.randomUUID(), p.nextRiskCode(), item.title(),
                item.notes().isBlank() ? template.description().in(lang) : item.notes(), category,
                item.likelihood(), item.impact(), Treatment.MITIGATE, RiskStatus.OPEN, null, null, null,
                mitigations);
        boolean done = model.apply(Edit.of("edit.analysis.promote", project -> withItem(project.addRisk(risk),
                id, a -> a.withLinkedRiskIds(plus(a.linkedRiskIds(), risk.id()))), item.title(), risk.code()));
        return done ? risk : null;
    }

    /** The OPEN risks a challenge can still be linked to, in the register's order. */
    public List<Risk> linkableRisks(UUID id) {
        AnalysisCard card = card(id);
        if (card == null) {
            return List.of();
        }
        Set<UUID> linked = new HashSet<>(card.item().linkedRiskIds());
        return model.project().risks().stream().filter(r -> r.isOpen() && !linked.contains(r.id())).toList();
    }

    /** Asks which OPEN risk answers the challenge and links it; says so when there is none to choose. */
    public void chooseRiskToLink(UUID id) {
        AnalysisCard card = card(id);
        if (card == null) {
            return;
        }
        List<Risk> options = linkableRisks(id);
        if (options.isEmpty()) {
            dialogs.showInformation(i18n.get("analysis.link.title"), i18n.get("analysis.link.none"));
            return;
        }
        Optional<Risk> chosen = dialogs.choose(i18n.get("analysis.link.title"),
                i18n.get("analysis.link.prompt", card.item().title()), options,
                r -> i18n.get("analysis.link.option", r.code(), r.title()));
        chosen.ifPresent(r -> link(id, r.id()));
    }

    public void link(UUID id, UUID riskId) {
        AnalysisCard card = card(id);
        if (card == null || card.item().linkedRiskIds().contains(riskId)) {
            return;
        }
        String code = model.project().risk(riskId).code();
        model.apply(Edit.of("edit.analysis.link", project -> withItem(project, id,
                a -> a.withLinkedRiskIds(plus(a.linkedRiskIds(), riskId))), code, card.item().title()));
    }

    public void unlink(UUID id, UUID riskId) {
        AnalysisCard card = card(id);
        if (card == null || !card.item().linkedRiskIds().contains(riskId)) {
            return;
        }
        String code = model.project().risk(riskId).code();
        model.apply(Edit.of("edit.analysis.unlink", project -> withItem(project, id,
                a -> a.withLinkedRiskIds(a.linkedRiskIds().stream().filter(r -> !r.equals(riskId)).toList())),
                code, card.item().title()));
    }

    // ---- the guide's own items -----------------------------------------------------------------------

    /** The guide's opportunities and challenges (§6) whose category the project has no item of yet. */
    public List<GuideItem> missingGuideItems() {
        Project p = model.project();
        KnowledgeBase kb = model.knowledge();
        if (p == null || kb == null) {
            return List.of();
        }
        Set<AnalysisCategory> present = new HashSet<>();
        p.analysis().forEach(a -> present.add(a.category()));
        List<GuideItem> missing = new ArrayList<>();
        for (GuideSection section : kb.guide().sections()) {
            if (section.itemKind() == GuideSection.ItemKind.ANALYSIS) {
                section.items().stream().filter(i -> !present.contains(AnalysisCategory.of(i.key())))
                        .forEach(missing::add);
            }
        }
        return missing;
    }

    /** Adds one of the guide's items, in the project's language, and selects it. */
    public void addFromGuide(GuideItem guideItem) {
        addGuideItems(List.of(guideItem));
    }

    /** Adds every guide item the project misses, in one edit. */
    public void addAllFromGuide() {
        addGuideItems(missingGuideItems());
    }

    private void addGuideItems(List<GuideItem> guideItems) {
        Project p = model.project();
        if (p == null || guideItems.isEmpty()) {
            return;
        }
        Language lang = p.language();
        List<AnalysisItem> added = guideItems.stream().map(g -> {
            AnalysisCategory category = AnalysisCategory.of(g.key());
            return new AnalysisItem(UUID.randomUUID(), category.kind(), category, g.title().in(lang),
                    g.text().in(lang), START_SCALE, START_SCALE, List.of());
        }).toList();
        Edit edit = added.size() == 1
                ? Edit.of("edit.analysis.guideOne", project -> project.withAnalysis(plus(project.analysis(),
                        added.get(0))), added.get(0).title())
                : Edit.of("edit.analysis.guideAll", project -> {
                    List<AnalysisItem> next = new ArrayList<>(project.analysis());
                    next.addAll(added);
                    return project.withAnalysis(next);
                }, String.valueOf(added.size()));
        if (model.apply(edit)) {
            select(added.get(0).id());
        }
    }

    // ---- internals -----------------------------------------------------------------------------------

    private boolean change(UUID id, String labelKey, UnaryOperator<AnalysisItem> op) {
        AnalysisCard card = card(id);
        if (card == null) {
            return false;
        }
        return model.apply(Edit.of(labelKey, project -> withItem(project, id, op), card.item().title()));
    }

    private static Project withItem(Project project, UUID id, UnaryOperator<AnalysisItem> op) {
        return project.withAnalysis(project.analysis().stream().map(a -> a.id().equals(id) ? op.apply(a) : a)
                .toList());
    }

    private static AnalysisItem copy(AnalysisItem a, AnalysisCategory category, String title, String notes,
                                     int impact, int likelihood) {
        return new AnalysisItem(a.id(), category.kind(), category, title, notes, impact, likelihood,
                a.linkedRiskIds());
    }

    private static Mitigation mitigation(KnowledgeBase kb, Language lang, Control c) {
        return new Mitigation(UUID.randomUUID(), c.key(), kb.controlLabel(lang, c.key()), MitigationState.PLANNED,
                c.defaultEffect());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    /** Brings the cards to the project; a list changes only when one of its cards did. */
    private void refresh() {
        Project p = model.project();
        Assessment a = model.assessmentProperty().get();
        byId.clear();
        if (p == null || a == null) {
            opportunities.clear();
            challenges.clear();
            score.set(null);
            select(null);
            return;
        }
        Map<String, Finding> notInRegister = new HashMap<>();
        for (Finding f : a.findings()) {
            if (f.rule().equals(NOT_IN_REGISTER) && f.subject().type() == SubjectType.ANALYSIS_ITEM) {
                notInRegister.put(f.subject().id(), f);
            }
        }
        Map<UUID, Risk> risks = new HashMap<>();
        p.risks().forEach(r -> risks.put(r.id(), r));
        List<AnalysisCard> ops = new ArrayList<>();
        List<AnalysisCard> chs = new ArrayList<>();
        for (AnalysisItem item : p.analysis()) {
            List<AnalysisCard> list = item.kind() == AnalysisKind.OPPORTUNITY ? ops : chs;
            AnalysisCard card = new AnalysisCard(item, list.size() + 1,
                    item.linkedRiskIds().stream().map(risks::get).toList(),
                    notInRegister.get(item.id().toString()));
            list.add(card);
            byId.put(item.id(), card);
        }
        if (!opportunities.equals(ops)) {
            opportunities.setAll(ops);
        }
        if (!challenges.equals(chs)) {
            challenges.setAll(chs);
        }
        score.set(a.area(Area.ANALYSIS));
        select(selectedId);
    }
}
