package org.aiventure.workbook.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamStatus;

/**
 * The vocabulary and rules of knowledge.md as the app ships them: controls, requirements, role rules, team
 * credits, canvas weights, risk templates, scales, the guide, and every label and explanation in English and
 * Simplified Chinese. Immutable and loaded once from the JSON under {@code assets/knowledge}; code never
 * hard-codes a label, it asks here.
 */
public final class KnowledgeBase {

    private static volatile KnowledgeBase shared;

    private final List<Control> controls;
    private final Map<String, Control> controlsByKey;
    private final List<Requirement> requirements;
    private final List<RoleRule> roles;
    private final Map<Role, RoleRule> rolesByRole;
    private final Map<TeamStatus, TeamStatusCredit> credits;
    private final List<CanvasBlockInfo> canvasBlocks;
    private final Map<CanvasBlock, List<LocalizedText>> guidingQuestions;
    private final Map<ScaleStep.Scale, List<ScaleStep>> scales;
    private final Map<RiskCategory, RiskTemplate> riskTemplates;
    private final Guide guide;
    private final Texts texts;

    KnowledgeBase(List<Control> controls, List<Requirement> requirements, List<RoleRule> roles,
                  Map<TeamStatus, TeamStatusCredit> credits, List<CanvasBlockInfo> canvasBlocks,
                  Map<CanvasBlock, List<LocalizedText>> guidingQuestions, Map<ScaleStep.Scale, List<ScaleStep>> scales,
                  Map<RiskCategory, RiskTemplate> riskTemplates, Guide guide, Texts texts) {
        this.controls = List.copyOf(controls);
        this.controlsByKey = this.controls.stream().collect(Collectors.toUnmodifiableMap(Control::key, Function.identity()));
        this.requirements = List.copyOf(requirements);
        this.roles = List.copyOf(roles);
        Map<Role, RoleRule> byRole = new EnumMap<>(Role.class);
        this.roles.forEach(r -> byRole.put(r.role(), r));
        this.rolesByRole = Collections.unmodifiableMap(byRole);
        this.credits = Collections.unmodifiableMap(new EnumMap<>(credits));
        this.canvasBlocks = List.copyOf(canvasBlocks);
        this.guidingQuestions = Collections.unmodifiableMap(new EnumMap<>(guidingQuestions));
        this.scales = Collections.unmodifiableMap(new EnumMap<>(scales));
        this.riskTemplates = Collections.unmodifiableMap(new EnumMap<>(riskTemplates));
        this.guide = guide;
        this.texts = texts;
    }

    /**
     * The knowledge base shipped on the classpath. Parsed on the first call and shared afterwards (it is
     * immutable); throws {@link IllegalStateException} naming the file and key when the data is broken.
     */
    public static KnowledgeBase load() {
        KnowledgeBase kb = shared;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = shared;
                if (kb == null) {
                    kb = KnowledgeLoader.load(KnowledgeLoader.classpath());
                    shared = kb;
                }
            }
        }
        return kb;
    }

    // ---- controls ------------------------------------------------------------------------------------

    /** All controls, in the order of knowledge.md's Controls table (the order control-group ids use). */
    public List<Control> controls() {
        return controls;
    }

    /** The control with this key; throws {@link IllegalArgumentException} for an unknown key. */
    public Control control(String key) {
        return findControl(key).orElseThrow(() -> new IllegalArgumentException("unknown control " + key));
    }

    /** The control with this key, if the knowledge base has one (a mitigation may carry any key). */
    public Optional<Control> findControl(String key) {
        return Optional.ofNullable(key == null ? null : controlsByKey.get(key));
    }

    public List<Control> controlsOf(RiskCategory category) {
        return controls.stream().filter(c -> c.category() == category).toList();
    }

    // ---- requirements --------------------------------------------------------------------------------

    public List<Requirement> requirements() {
        return requirements;
    }

    /** The requirements whose conditions all hold for the project, in knowledge.md's order. */
    public List<Requirement> applyingRequirements(Project project) {
        return requirements.stream().filter(r -> r.appliesTo(project)).toList();
    }

    /** The categories at least one applying requirement names, in the order of {@link RiskCategory}. */
    public Set<RiskCategory> requiredCategories(Project project) {
        EnumSet<RiskCategory> categories = EnumSet.noneOf(RiskCategory.class);
        applyingRequirements(project).forEach(r -> categories.add(r.category()));
        return Collections.unmodifiableSet(categories);
    }

    /**
     * Each required category with its distinct control groups (a group named by two applying requirements
     * counts once), categories in {@link RiskCategory} order, groups in the order they first appear.
     */
    public Map<RiskCategory, List<ControlGroup>> requiredControlGroups(Project project) {
        Map<RiskCategory, List<ControlGroup>> groups = new EnumMap<>(RiskCategory.class);
        for (Requirement r : applyingRequirements(project)) {
            List<ControlGroup> list = groups.computeIfAbsent(r.category(), c -> new ArrayList<>());
            r.groups().stream().filter(g -> !list.contains(g)).forEach(list::add);
        }
        Map<RiskCategory, List<ControlGroup>> copy = new LinkedHashMap<>();
        groups.forEach((c, list) -> copy.put(c, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    // ---- team ----------------------------------------------------------------------------------------

    /** The role rules, in knowledge.md's order; there is none for {@link Role#CUSTOM}. */
    public List<RoleRule> roles() {
        return roles;
    }

    /** The rule of a checklist role; throws {@link IllegalArgumentException} for {@link Role#CUSTOM}. */
    public RoleRule role(Role role) {
        RoleRule rule = rolesByRole.get(role);
        if (rule == null) {
            throw new IllegalArgumentException("the role " + role + " has no rule");
        }
        return rule;
    }

    /** The roles the project needs, in knowledge.md's order. */
    public List<Role> requiredRoles(Project project) {
        return roles.stream().filter(r -> r.requiredFor(project)).map(RoleRule::role).toList();
    }

    /** The exact scoring credit of a team entry's status (1, 0.75, 0.5, ...). */
    public BigDecimal credit(TeamStatus status) {
        return credits.get(status).credit();
    }

    /** Whether a role whose best entry has this status counts as in place (FILLED, FOUNDER, ADVISOR). */
    public boolean isInPlace(TeamStatus status) {
        return credits.get(status).inPlace();
    }

    // ---- canvas, templates, scales, guide ------------------------------------------------------------

    /** The nine blocks in canvas order, each with its scoring weight. */
    public List<CanvasBlockInfo> canvasBlocks() {
        return canvasBlocks;
    }

    public int weight(CanvasBlock block) {
        return canvasBlocks.get(block.ordinal()).weight();
    }

    /** The questions a block shows as its prompt, in our own words (3 or 4 per block). */
    public List<String> guidingQuestions(Language language, CanvasBlock block) {
        return guidingQuestions.get(block).stream().map(q -> q.in(language)).toList();
    }

    /** The canvas's credit line (Strategyzer, Osterwalder and Pigneur, CC BY-SA 3.0). */
    public String canvasCredit(Language language) {
        return texts.get(language, "canvas.credit");
    }

    public RiskTemplate riskTemplate(RiskCategory category) {
        return riskTemplates.get(category);
    }

    public List<ScaleStep> likelihoodSteps() {
        return scales.get(ScaleStep.Scale.LIKELIHOOD);
    }

    public List<ScaleStep> impactSteps() {
        return scales.get(ScaleStep.Scale.IMPACT);
    }

    /** The likelihood step 1-5; throws {@link IllegalArgumentException} outside the scale. */
    public ScaleStep likelihoodStep(int value) {
        return step(ScaleStep.Scale.LIKELIHOOD, value);
    }

    /** The impact step 1-5; throws {@link IllegalArgumentException} outside the scale. */
    public ScaleStep impactStep(int value) {
        return step(ScaleStep.Scale.IMPACT, value);
    }

    private ScaleStep step(ScaleStep.Scale scale, int value) {
        return scales.get(scale).stream().filter(s -> s.value() == value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + scale.key() + " step " + value));
    }

    /** The seed guide: its sections, questions, bullets and closing paragraph in both languages. */
    public Guide guide() {
        return guide;
    }

    // ---- texts ---------------------------------------------------------------------------------------

    /** Any text by its full key, e.g. {@code control.DPS_ENCRYPTION.label} or {@code guide.closing.text}. */
    public String text(Language language, String key) {
        return texts.get(language, key);
    }

    public boolean hasText(String key) {
        return texts.has(key);
    }

    /** Every text key (the same in both languages). */
    public Set<String> textKeys() {
        return texts.keys();
    }

    /** The short label of a subject such as {@code control.DPS_ENCRYPTION} (see {@link TextKeys}). */
    public String label(Language language, String subject) {
        return texts.get(language, subject + TextKeys.LABEL);
    }

    /** The one-paragraph explanation of a subject such as {@code requirement.Q-EU}. */
    public String explanation(Language language, String subject) {
        return texts.get(language, subject + TextKeys.EXPLANATION);
    }

    /** The label of a domain value: a category, role, status, block, stage, ... */
    public String label(Language language, Enum<?> value) {
        return label(language, TextKeys.of(value));
    }

    public String explanation(Language language, Enum<?> value) {
        return explanation(language, TextKeys.of(value));
    }

    /** The profile page's question for a fact. */
    public String question(Language language, ProfileFact fact) {
        return texts.get(language, TextKeys.of(fact) + ".question");
    }

    public String controlLabel(Language language, String controlKey) {
        return label(language, TextKeys.control(controlKey));
    }
}
