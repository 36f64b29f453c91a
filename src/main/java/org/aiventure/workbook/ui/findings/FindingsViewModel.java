package org.aiventure.workbook.ui.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.RoleRule;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.FindingText;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.scoring.SubjectType;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.ProjectModel;

/**
 * The findings of the open project, grouped by severity and counted, in the current language; opening one
 * goes to its subject, and the obvious ones fix in one click as undoable edits. The counts stay live while
 * the panel is collapsed, for the collapsed bar and the status bar.
 */
public final class FindingsViewModel {

    private final ProjectModel model;
    private final I18n i18n;
    private final Navigator navigator;
    private final OwnerPickerDialog picker;
    private final Supplier<UUID> ids;
    private final ReadOnlyObjectWrapper<Map<Severity, List<Finding>>> groups =
            new ReadOnlyObjectWrapper<>(this, "groups", group(List.of()));
    private final Map<Severity, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Severity.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");

    public FindingsViewModel(ProjectModel model, I18n i18n, Navigator navigator, OwnerPickerDialog picker) {
        this(model, i18n, navigator, picker, UUID::randomUUID);
    }

    FindingsViewModel(ProjectModel model, I18n i18n, Navigator navigator, OwnerPickerDialog picker,
                      Supplier<UUID> ids) {
        this.model = model;
        this.i18n = i18n;
        this.navigator = navigator;
        this.picker = picker;
        this.ids = ids;
        for (Severity s : Severity.values()) {
            counts.put(s, new ReadOnlyIntegerWrapper(this, "count" + s.name()));
        }
        // The project is set before its assessment: the panel tells "no project" from "nothing found" by it.
        model.assessmentProperty().addListener(obs -> show(model.assessmentProperty().get()));
        show(model.assessmentProperty().get());
    }

    /** The findings by severity, every severity present (most urgent first), each list in the engine's order. */
    public ReadOnlyObjectProperty<Map<Severity, List<Finding>>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /** How many findings of a severity the open project has (0 with none open): for the status bar. */
    public ReadOnlyIntegerProperty countProperty(Severity severity) {
        return counts.get(severity).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Whether the panel is folded to a thin bar of counts. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    /** Whether a project is open at all (no project: nothing to find). */
    public boolean hasProject() {
        return model.project() != null;
    }

    public String message(Finding finding) {
        return FindingText.message(finding, model.knowledge(), i18n.language());
    }

    public String fix(Finding finding) {
        return FindingText.fix(finding, model.knowledge(), i18n.language());
    }

    /** The one-click fix of a finding, where the step is obvious. */
    public Optional<QuickFix> quickFix(Finding finding) {
        return switch (finding.rule()) {
            case "CATEGORY_UNCOVERED" -> Optional.of(QuickFix.ADD_RISK);
            case "CONTROL_MISSING" -> Optional.of(QuickFix.ADD_CONTROL);
            case "RISK_UNOWNED", "OWNER_NOT_IN_PLACE" -> Optional.of(QuickFix.ASSIGN_OWNER);
            case "CATEGORY_WITHOUT_OWNER" -> Optional.of(QuickFix.ASSIGN_COVER);
            default -> Optional.empty();
        };
    }

    /**
     * Goes to what the finding is about: the page of its area, with its subject selected there (a risk in
     * the register, an item of the analysis, a block of the canvas, a role or practice of the team).
     */
    public void open(Finding finding) {
        if (finding.subject().type() == SubjectType.RISK) {
            navigator.showRisk(UUID.fromString(finding.subject().id()));
            return;
        }
        Page page = switch (finding.area()) {
            case RISKS -> Page.RISKS;
            case TEAM -> Page.TEAM;
            case CANVAS -> Page.CANVAS;
            case ANALYSIS -> Page.ANALYSIS;
        };
        navigator.show(page, finding.subject().type().name() + ":" + finding.subject().id());
    }

    /**
     * Applies the finding's one-click fix as one undoable edit; false when it has none or nothing changed, and
     * when the founder's last edit, not yet assessed, already cleared the finding (the list then drops it).
     */
    public boolean applyFix(Finding finding) {
        Project project = model.project();
        Optional<QuickFix> fix = quickFix(finding);
        if (project == null || fix.isEmpty() || !stillFound(finding)) {
            return false;
        }
        FindingFixes fixes = new FindingFixes(model.knowledge(), ids);
        String id = finding.subject().id();
        return switch (fix.get()) {
            case ADD_RISK -> {
                UUID riskId = ids.get();
                yield model.apply(fixes.addRisk(project, RiskCategory.valueOf(id), riskId))
                        && navigated(riskId);
            }
            case ADD_CONTROL -> {
                RiskCategory category = RiskCategory.valueOf(id.substring(0, id.indexOf(':')));
                String control = id.substring(id.indexOf(':') + 1).split("\\|")[0];
                Optional<Risk> target = FindingFixes.worstOpenRisk(project, category);
                yield target.isPresent() && model.apply(fixes.addControl(project, target.get().id(), control))
                        && navigated(target.get().id());
            }
            case ASSIGN_OWNER -> {
                UUID riskId = UUID.fromString(id);
                Risk risk = project.risk(riskId);
                boolean inPlaceOnly = finding.rule().equals("OWNER_NOT_IN_PLACE");
                OwnerRequest request = request("findings.owner.title",
                        i18n.get("findings.owner.prompt.risk", risk.code(), risk.title()),
                        project, inPlaceOnly, risk.category());
                yield picker.pick(request).map(choice -> model.apply(fixes.assignOwner(project, riskId, choice)))
                        .orElse(false);
            }
            case ASSIGN_COVER -> {
                RiskCategory category = RiskCategory.valueOf(id);
                OwnerRequest request = request("findings.cover.title", i18n.get("findings.cover.prompt",
                        model.knowledge().label(i18n.language(), category)), project, true, category);
                yield picker.pick(request).map(choice -> model.apply(fixes.assignCover(project, category, choice)))
                        .orElse(false);
            }
        };
    }

    private boolean stillFound(Finding finding) {
        return !model.checkingProperty().get() || model.currentAssessment().findings().stream()
                .anyMatch(f -> f.rule().equals(finding.rule()) && f.subject().equals(finding.subject()));
    }

    private boolean navigated(UUID riskId) {
        navigator.showRisk(riskId);
        return true;
    }

    /**
     * Only people in place clear OWNER_NOT_IN_PLACE and CATEGORY_WITHOUT_OWNER, so those pickers offer only
     * them; a new person is suggested the role that answers for the category.
     */
    private OwnerRequest request(String titleKey, String prompt, Project project, boolean inPlaceOnly,
                                 RiskCategory category) {
        KnowledgeBase kb = model.knowledge();
        List<TeamEntry> entries = project.team().stream()
                .filter(e -> !inPlaceOnly || kb.isInPlace(e.status())).toList();
        Role suggested = kb.roles().stream().filter(r -> r.covers().contains(category)).map(RoleRule::role)
                .findFirst().orElse(Role.CUSTOM);
        return new OwnerRequest(i18n.get(titleKey), prompt, entries, suggested, kb);
    }

    private void show(Assessment assessment) {
        Map<Severity, List<Finding>> next = group(assessment == null ? List.of() : assessment.findings());
        // Counts first: the panel reads them when it redraws on the new groups.
        next.forEach((severity, findings) -> counts.get(severity).set(findings.size()));
        total.set(assessment == null ? 0 : assessment.findings().size());
        groups.set(next);
    }

    private static Map<Severity, List<Finding>> group(List<Finding> findings) {
        Map<Severity, List<Finding>> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, new ArrayList<>());
        }
        findings.forEach(f -> bySeverity.get(f.severity()).add(f));
        bySeverity.replaceAll((s, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(bySeverity);
    }
}
