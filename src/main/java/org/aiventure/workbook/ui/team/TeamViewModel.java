package org.aiventure.workbook.ui.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.knowledge.Condition;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.RoleRule;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.FindingText;
import org.aiventure.workbook.scoring.SubjectType;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;

/**
 * The Team page: the roles the profile requires and why, the people under each, the founder practices and
 * the coverage of risk categories by people. Every change is one named {@link Edit} through
 * {@link ProjectModel#apply}, so Undo names it and the findings follow at once; what the page shows is
 * computed from the project and its assessment on demand, so it can never drift from them.
 */
public final class TeamViewModel {

    static final String ROLE_MISSING = "ROLE_MISSING";
    static final String CATEGORY_WITHOUT_OWNER = "CATEGORY_WITHOUT_OWNER";

    private final ProjectModel model;
    private final I18n i18n;
    private final Supplier<UUID> ids;

    public TeamViewModel(ProjectModel model, I18n i18n) {
        this(model, i18n, UUID::randomUUID);
    }

    TeamViewModel(ProjectModel model, I18n i18n, Supplier<UUID> ids) {
        this.model = model;
        this.i18n = i18n;
        this.ids = ids;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return model.projectProperty();
    }

    /** Runs {@code refresh} after every change of the project or of its assessment. */
    public void onChange(Runnable refresh) {
        model.onChange(refresh);
    }

    public ReadOnlyObjectProperty<KnowledgeBase> knowledgeProperty() {
        return model.knowledgeProperty();
    }

    public Project project() {
        return model.project();
    }

    public KnowledgeBase knowledge() {
        return model.knowledge();
    }

    public I18n i18n() {
        return i18n;
    }

    private Assessment assessment() {
        return model.assessmentProperty().get();
    }

    // ---- what the page shows -----------------------------------------------------------------------------

    /**
     * The role cards: required roles in the knowledge base's order, then the other checklist roles that have
     * entries, then one card for the custom roles when there are any.
     */
    public List<RoleCard> roleCards() {
        Project p = project();
        KnowledgeBase kb = knowledge();
        if (p == null || kb == null) {
            return List.of();
        }
        List<Role> required = kb.requiredRoles(p);
        List<RoleCard> cards = new ArrayList<>();
        for (RoleRule rule : kb.roles()) {
            if (required.contains(rule.role())) {
                cards.add(new RoleCard(rule.role(), true, rule.covers(), entriesOf(p, rule.role())));
            }
        }
        for (RoleRule rule : kb.roles()) {
            List<TeamEntry> entries = entriesOf(p, rule.role());
            if (!required.contains(rule.role()) && !entries.isEmpty()) {
                cards.add(new RoleCard(rule.role(), false, rule.covers(), entries));
            }
        }
        List<TeamEntry> custom = entriesOf(p, Role.CUSTOM);
        if (!custom.isEmpty()) {
            cards.add(new RoleCard(Role.CUSTOM, false, List.of(), custom));
        }
        return cards;
    }

    /** The name of a role in the current language. */
    public String roleLabel(Role role) {
        return knowledge().label(i18n.language(), role);
    }

    /**
     * Why the project needs a role, in plain words built from the conditions of the role rule that hold
     * ("Required because the profile answers yes to “Trains its own models”"); for a role the profile does
     * not require, that it is optional; for custom roles, what they are.
     */
    public String whyRequired(Role role) {
        KnowledgeBase kb = knowledge();
        Language lang = i18n.language();
        if (role == Role.CUSTOM) {
            return kb.explanation(lang, role);
        }
        Project p = project();
        List<String> reasons = new ArrayList<>();
        for (List<Condition> all : kb.role(role).requiredWhen()) {
            if (Condition.allHold(all, p)) {
                reasons.add(join("finding.join.AND", all.stream().map(c -> condition(c, p, kb, lang)).toList()));
            }
        }
        return reasons.isEmpty() ? i18n.get("team.role.optional")
                : i18n.get("team.role.why", join("finding.join.REASONS", reasons));
    }

    /** What a role does, from the knowledge base (the card's tooltip). */
    public String roleExplanation(Role role) {
        return knowledge().explanation(i18n.language(), role);
    }

    /** The ROLE_MISSING finding of a required role that is not in place. */
    public Optional<Finding> missing(Role role) {
        return finding(ROLE_MISSING, SubjectType.ROLE, role.name());
    }

    /** A finding's message in the current language. */
    public String message(Finding finding) {
        return FindingText.message(finding, knowledge(), i18n.language());
    }

    /** Whether an entry's status counts as someone in place. */
    public boolean inPlace(TeamStatus status) {
        return knowledge().isInPlace(status);
    }

    public String statusLabel(TeamStatus status) {
        return knowledge().label(i18n.language(), status);
    }

    public String statusExplanation(TeamStatus status) {
        return knowledge().explanation(i18n.language(), status);
    }

    public String categoryLabel(RiskCategory category) {
        return knowledge().label(i18n.language(), category);
    }

    /** The practice of each key; one the project does not hold yet counts as not done with no evidence. */
    public Practice practice(PracticeKey key) {
        Project p = project();
        return p == null ? new Practice(key, false, "") : p.practices().stream().filter(x -> x.key() == key)
                .findFirst().orElse(new Practice(key, false, ""));
    }

    public String practiceLabel(PracticeKey key) {
        return knowledge().label(i18n.language(), key);
    }

    public String practiceExplanation(PracticeKey key) {
        return knowledge().explanation(i18n.language(), key);
    }

    /** "Team 38.9 of 100 · 3 of 5 practices done": the page's headline. */
    public String summary() {
        Assessment a = assessment();
        Project p = project();
        if (a == null || p == null) {
            return "";
        }
        long done = p.practices().stream().filter(Practice::done).count();
        return i18n.get("team.summary", a.area(Area.TEAM).score().toPlainString(), done,
                PracticeKey.values().length);
    }

    /**
     * The coverage grid: every risk category down, every team entry across (those in place first, then the
     * others, each in the project's order), and the rows the CATEGORY_WITHOUT_OWNER rule flags.
     */
    public CoverageData coverage() {
        Project p = project();
        KnowledgeBase kb = knowledge();
        if (p == null || kb == null) {
            return CoverageData.EMPTY;
        }
        Language lang = i18n.language();
        List<TeamEntry> ordered = new ArrayList<>(p.team().stream().filter(e -> kb.isInPlace(e.status())).toList());
        p.team().stream().filter(e -> !kb.isInPlace(e.status())).forEach(ordered::add);
        List<CoverageData.Column> columns = ordered.stream().map(e -> new CoverageData.Column(e.id(), e.title(),
                e.person(), kb.label(lang, e.status()), kb.isInPlace(e.status()))).toList();
        List<CoverageData.Row> rows = new ArrayList<>();
        for (RiskCategory c : RiskCategory.values()) {
            Set<UUID> coveredBy = p.team().stream().filter(e -> e.covers().contains(c)).map(TeamEntry::id)
                    .collect(Collectors.toSet());
            Optional<Finding> alarm = finding(CATEGORY_WITHOUT_OWNER, SubjectType.CATEGORY, c.name());
            rows.add(new CoverageData.Row(c.name(), kb.label(lang, c), coveredBy,
                    alarm.map(f -> i18n.get("team.coverage.alarm", i18n.get("severity." + worstBand(p, c).name())))
                            .orElse(null),
                    alarm.map(this::message).orElse(null)));
        }
        return new CoverageData(columns, rows);
    }

    // ---- changes -----------------------------------------------------------------------------------------

    /**
     * A new entry for a role: titled with the role's name in the project's language, answering for the
     * role's categories, PLANNED (nobody is in place until the founder says so). Returns its id.
     */
    public Optional<UUID> addPerson(Role role) {
        Project p = project();
        if (p == null) {
            return Optional.empty();
        }
        List<RiskCategory> covers = role == Role.CUSTOM ? List.of() : knowledge().role(role).covers();
        String title = role == Role.CUSTOM ? Messages.format(p.language(), "team.custom.newTitle")
                : knowledge().label(p.language(), role);
        TeamEntry entry = new TeamEntry(ids.get(), role, title, TeamStatus.PLANNED, "", "", covers);
        String label = role == Role.CUSTOM ? "edit.team.addCustom" : "edit.team.add";
        return model.apply(Edit.of(label, project -> project.withTeam(append(project.team(), entry)), roleLabel(role)))
                ? Optional.of(entry.id()) : Optional.empty();
    }

    /** A role of the founder's own, with no default categories. */
    public Optional<UUID> addCustomRole() {
        return addPerson(Role.CUSTOM);
    }

    /** One undoable edit; nothing happens when the status is already that. */
    public void setStatus(UUID entryId, TeamStatus status) {
        changeEntry(entryId, "edit.team.status", e -> e.status() == status, e -> e.withStatus(status));
    }

    /** False when the title was refused (blank or too long) and nothing changed. */
    public boolean rename(UUID entryId, String title) {
        return changeEntry(entryId, "edit.team.title", e -> e.title().equals(title),
                e -> new TeamEntry(e.id(), e.role(), title, e.status(), e.person(), e.notes(), e.covers()));
    }

    public boolean setPerson(UUID entryId, String person) {
        return changeEntry(entryId, "edit.team.person", e -> e.person().equals(person),
                e -> new TeamEntry(e.id(), e.role(), e.title(), e.status(), person, e.notes(), e.covers()));
    }

    public boolean setNotes(UUID entryId, String notes) {
        return changeEntry(entryId, "edit.team.notes", e -> e.notes().equals(notes),
                e -> new TeamEntry(e.id(), e.role(), e.title(), e.status(), e.person(), notes, e.covers()));
    }

    /** Adds or removes one category from what an entry answers for; an added one goes to the end. */
    public void setCovers(UUID entryId, RiskCategory category, boolean covered) {
        changeEntry(entryId, "edit.team.covers", e -> e.covers().contains(category) == covered, e -> {
            List<RiskCategory> next = new ArrayList<>(e.covers());
            if (covered) {
                next.add(category);
            } else {
                next.remove(category);
            }
            return new TeamEntry(e.id(), e.role(), e.title(), e.status(), e.person(), e.notes(), next);
        });
    }

    /** Removes an entry; the risks it owned become unowned, and Undo gives both back. */
    public void delete(UUID entryId) {
        entry(entryId).ifPresent(e -> model.apply(Edit.of("edit.team.delete",
                project -> project.removeTeamEntry(entryId), e.title())));
    }

    /** How many risks an entry owns: what deleting it would leave without an owner. */
    public long ownedRisks(UUID entryId) {
        Project p = project();
        return p == null ? 0 : p.risks().stream().map(Risk::ownerId).filter(entryId::equals).count();
    }

    public void setPracticeDone(PracticeKey key, boolean done) {
        changePractice(key, "edit.team.practiceDone", x -> x.done() == done,
                x -> new Practice(key, done, x.evidence()));
    }

    public boolean setPracticeEvidence(PracticeKey key, String evidence) {
        return changePractice(key, "edit.team.practiceEvidence", x -> x.evidence().equals(evidence),
                x -> new Practice(key, x.done(), evidence));
    }

    public Optional<TeamEntry> entry(UUID entryId) {
        Project p = project();
        return p == null ? Optional.empty() : p.team().stream().filter(e -> e.id().equals(entryId)).findFirst();
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /**
     * Changes one entry unless {@code unchanged} says it already is so. The change runs inside the edit, so a
     * value the entry refuses (a blank title) is explained by the model and changes nothing.
     */
    private boolean changeEntry(UUID entryId, String label, Predicate<TeamEntry> unchanged,
                                UnaryOperator<TeamEntry> change) {
        Optional<TeamEntry> current = entry(entryId);
        if (current.isEmpty()) {
            return false;
        }
        if (unchanged.test(current.get())) {
            return true;
        }
        return model.apply(Edit.of(label, project -> project.withTeam(project.team().stream()
                .map(e -> e.id().equals(entryId) ? change.apply(e) : e).toList()), current.get().title()));
    }

    /** Changes one practice, adding it to the project when it held none for the key. */
    private boolean changePractice(PracticeKey key, String label, Predicate<Practice> unchanged,
                                   UnaryOperator<Practice> change) {
        if (project() == null) {
            return false;
        }
        if (unchanged.test(practice(key))) {
            return true;
        }
        return model.apply(Edit.of(label, project -> {
            Practice changed = change.apply(practiceIn(project, key));
            List<Practice> list = new ArrayList<>(project.practices());
            int at = indexOf(list, key);
            if (at < 0) {
                list.add(changed);
            } else {
                list.set(at, changed);
            }
            return project.withPractices(list);
        }, practiceLabel(key)));
    }

    private static Practice practiceIn(Project project, PracticeKey key) {
        return project.practices().stream().filter(x -> x.key() == key).findFirst()
                .orElse(new Practice(key, false, ""));
    }

    private static int indexOf(List<Practice> list, PracticeKey key) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key() == key) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Finding> finding(String rule, SubjectType type, String id) {
        Assessment a = assessment();
        return a == null ? Optional.empty() : a.findings().stream().filter(f -> f.rule().equals(rule)
                && f.subject().type() == type && f.subject().id().equals(id)).findFirst();
    }

    /** The band of the category's worst open risk: what put its row in alarm. */
    private static Band worstBand(Project p, RiskCategory c) {
        return Band.of(p.risks().stream().filter(r -> r.isOpen() && r.category() == c).mapToInt(Risk::inherent)
                .max().orElse(0));
    }

    /** A condition of a role rule that holds, in the project's own terms, with the findings' phrases. */
    private String condition(Condition c, Project p, KnowledgeBase kb, Language lang) {
        if (c instanceof Condition.Fact f) {
            return i18n.get("finding.because.fact", kb.label(lang, f.fact()));
        } else if (c instanceof Condition.InSector s) {
            return i18n.get("finding.because.sector", kb.label(lang, s.sector()));
        } else if (c instanceof Condition.InSectorOtherThan s) {
            return i18n.get("finding.because.sectorOtherThan", kb.label(lang, p.sectors().stream()
                    .filter(x -> x != s.sector()).findFirst().orElseThrow()));
        } else if (c instanceof Condition.InMarket m) {
            return i18n.get("finding.because.market", kb.label(lang, m.market()));
        } else if (c instanceof Condition.StageAtLeast s) {
            return i18n.get("finding.because.stage", kb.label(lang, p.stage()), kb.label(lang, s.stage()));
        }
        return i18n.get("finding.because.always");
    }

    private String join(String joinerKey, List<String> parts) {
        String joined = parts.get(0);
        for (String part : parts.subList(1, parts.size())) {
            joined = i18n.get(joinerKey, joined, part);
        }
        return joined;
    }

    private static List<TeamEntry> entriesOf(Project p, Role role) {
        return p.team().stream().filter(e -> e.role() == role).toList();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }
}
