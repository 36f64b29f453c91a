package org.aiventure.workbook.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.DomainException;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Limits;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.OpportunityCategory;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.domain.TeamStatus;

/**
 * Reads and checks the knowledge base's three JSON files. Everything is checked up front, so that a broken
 * file stops the app at start with a message naming the file and the key, rather than surfacing later as a
 * missing label or a wrong score.
 */
final class KnowledgeLoader {

    /** Where the build puts {@code assets/knowledge} on the classpath. */
    static final String RESOURCE_DIR = "/org/aiventure/workbook/knowledge/data/";
    static final String KNOWLEDGE = "knowledge.json";
    static final String TEXTS_EN = "texts.en.json";
    static final String TEXTS_ZH_CN = "texts.zh-CN.json";

    /** Opens one of the files by name; returns null when it does not exist. */
    @FunctionalInterface
    interface Source {
        InputStream open(String fileName) throws IOException;
    }

    static Source classpath() {
        return name -> KnowledgeLoader.class.getResourceAsStream(RESOURCE_DIR + name);
    }

    private static final int MIN_GUIDING_QUESTIONS = 3;

    private final Source source;
    private String file = KNOWLEDGE;

    private KnowledgeLoader(Source source) {
        this.source = source;
    }

    static KnowledgeBase load(Source source) {
        return new KnowledgeLoader(source).load();
    }

    private KnowledgeBase load() {
        JsonNode root = read(KNOWLEDGE);
        file = KNOWLEDGE;
        expectKeys(root, "profileFacts", Arrays.stream(ProfileFact.values()).map(ProfileFact::key).toList());
        expectKeys(root, "sectors", names(Sector.values()));
        expectKeys(root, "markets", names(Market.values()));
        expectKeys(root, "stages", names(Stage.values()));
        expectKeys(root, "riskCategories", names(RiskCategory.values()));
        expectKeys(root, "opportunityCategories", names(OpportunityCategory.values()));
        expectKeys(root, "practices", names(PracticeKey.values()));
        expectKeys(root, "noteColors", names(NoteColor.values()));
        expectKeys(root, "evidence", names(Evidence.values()));

        List<Control> controls = controls(root);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < controls.size(); i++) {
            order.put(controls.get(i).key(), i);
        }
        Map<String, Control> byKey = new HashMap<>();
        controls.forEach(c -> byKey.put(c.key(), c));

        List<Requirement> requirements = requirements(root, byKey, order);
        List<RoleRule> roles = roles(root);
        Map<TeamStatus, TeamStatusCredit> credits = teamStatuses(root);
        List<CanvasBlockInfo> blocks = canvasBlocks(root);
        Map<ScaleStep.Scale, List<Integer>> scales = scales(root);
        Map<RiskCategory, List<String>> templateControls = riskTemplates(root, byKey, order);
        List<SectionShape> sections = guide(root, byKey);

        Set<String> required = requiredTextKeys(controls, requirements, scales, sections);
        Texts texts = texts(required);
        return new KnowledgeBase(controls, requirements, roles, credits, blocks,
                guidingQuestions(texts), steps(texts, scales), templates(texts, templateControls),
                guideOf(texts, sections), texts);
    }

    // ---- knowledge.json ------------------------------------------------------------------------------

    private List<Control> controls(JsonNode root) {
        List<Control> controls = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<JsonNode> nodes = array(root, "", "controls");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "controls[" + i + "]";
            JsonNode n = nodes.get(i);
            String key = string(field(n, path, "key"), path + ".key");
            if (!keys.add(key)) {
                throw fail(path + ".key", "the control " + key + " is listed twice");
            }
            RiskCategory category = enumValue(RiskCategory.class, field(n, path, "category"), path + ".category");
            int effect = integer(field(n, path, "effect"), path + ".effect", 0, Limits.MAX_EFFECTIVENESS);
            int seed = n.has("seedSection") ? integer(n.get("seedSection"), path + ".seedSection", 1, 7) : 0;
            List<String> references = new ArrayList<>();
            if (n.has("references")) {
                List<JsonNode> refs = array(n, path, "references");
                for (int r = 0; r < refs.size(); r++) {
                    references.add(string(refs.get(r), path + ".references[" + r + "]"));
                }
            }
            controls.add(new Control(key, category, effect, seed, references));
        }
        return controls;
    }

    private List<Requirement> requirements(JsonNode root, Map<String, Control> controls,
                                           Map<String, Integer> order) {
        List<Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> nodes = array(root, "", "requirements");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "requirements[" + i + "]";
            JsonNode n = nodes.get(i);
            String id = string(field(n, path, "id"), path + ".id");
            if (!ids.add(id)) {
                throw fail(path + ".id", "the requirement " + id + " is listed twice");
            }
            List<Condition> when = conditions(n, path, "when");
            RiskCategory category = enumValue(RiskCategory.class, field(n, path, "category"), path + ".category");
            List<JsonNode> groupNodes = nonEmptyArray(n, path, "groups");
            List<ControlGroup> groups = new ArrayList<>();
            for (int g = 0; g < groupNodes.size(); g++) {
                String groupPath = path + ".groups[" + g + "]";
                groups.add(new ControlGroup(controlList(groupNodes.get(g), groupPath, category, controls, order,
                        false)));
            }
            requirements.add(new Requirement(id, when, category, groups));
        }
        return requirements;
    }

    private List<RoleRule> roles(JsonNode root) {
        Map<Role, RoleRule> rules = new LinkedHashMap<>();
        List<JsonNode> nodes = array(root, "", "roles");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "roles[" + i + "]";
            JsonNode n = nodes.get(i);
            Role role = enumValue(Role.class, field(n, path, "role"), path + ".role");
            if (role == Role.CUSTOM) {
                throw fail(path + ".role", "CUSTOM is the founder's own role and has no rule");
            }
            List<RiskCategory> covers = new ArrayList<>();
            List<JsonNode> coverNodes = array(n, path, "covers");
            for (int c = 0; c < coverNodes.size(); c++) {
                RiskCategory category = enumValue(RiskCategory.class, coverNodes.get(c), path + ".covers[" + c + "]");
                if (covers.contains(category)) {
                    throw fail(path + ".covers[" + c + "]", category + " is listed twice");
                }
                covers.add(category);
            }
            List<List<Condition>> requiredWhen = new ArrayList<>();
            List<JsonNode> alternatives = array(n, path, "requiredWhen");
            for (int a = 0; a < alternatives.size(); a++) {
                requiredWhen.add(conditions(alternatives.get(a), path + ".requiredWhen[" + a + "]"));
            }
            if (rules.put(role, new RoleRule(role, covers, requiredWhen)) != null) {
                throw fail(path + ".role", "the role " + role + " is listed twice");
            }
        }
        for (Role role : Role.values()) {
            if (role != Role.CUSTOM && !rules.containsKey(role)) {
                throw fail("roles", "the role " + role + " is missing");
            }
        }
        return List.copyOf(rules.values());
    }

    private Map<TeamStatus, TeamStatusCredit> teamStatuses(JsonNode root) {
        Map<TeamStatus, TeamStatusCredit> credits = new EnumMap<>(TeamStatus.class);
        List<JsonNode> nodes = array(root, "", "teamStatuses");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "teamStatuses[" + i + "]";
            JsonNode n = nodes.get(i);
            TeamStatus status = enumValue(TeamStatus.class, field(n, path, "key"), path + ".key");
            JsonNode creditNode = field(n, path, "credit");
            if (!creditNode.isTextual()) {
                throw fail(path + ".credit", "write the credit as a decimal string such as \"0.75\"");
            }
            BigDecimal credit;
            try {
                credit = new BigDecimal(creditNode.textValue());
            } catch (NumberFormatException e) {
                throw fail(path + ".credit", "\"" + creditNode.textValue() + "\" is not a decimal number");
            }
            if (credit.signum() < 0 || credit.compareTo(BigDecimal.ONE) > 0) {
                throw fail(path + ".credit", "a credit lies between 0 and 1; found " + credit);
            }
            JsonNode inPlace = field(n, path, "inPlace");
            if (!inPlace.isBoolean()) {
                throw fail(path + ".inPlace", "expected true or false");
            }
            if (credits.put(status, new TeamStatusCredit(status, credit, inPlace.booleanValue())) != null) {
                throw fail(path + ".key", "the status " + status + " is listed twice");
            }
        }
        for (TeamStatus status : TeamStatus.values()) {
            if (!credits.containsKey(status)) {
                throw fail("teamStatuses", "the status " + status + " is missing");
            }
        }
        return credits;
    }

    private List<CanvasBlockInfo> canvasBlocks(JsonNode root) {
        List<CanvasBlockInfo> blocks = new ArrayList<>();
        List<JsonNode> nodes = array(root, "", "canvasBlocks");
        if (nodes.size() != CanvasBlock.values().length) {
            throw fail("canvasBlocks", "expected the " + CanvasBlock.values().length + " blocks "
                    + names(CanvasBlock.values()) + "; found " + nodes.size());
        }
        for (int i = 0; i < nodes.size(); i++) {
            String path = "canvasBlocks[" + i + "]";
            CanvasBlock block = enumValue(CanvasBlock.class, field(nodes.get(i), path, "key"), path + ".key");
            if (block != CanvasBlock.values()[i]) {
                throw fail(path + ".key", "expected " + CanvasBlock.values()[i] + " (the canvas order); found " + block);
            }
            blocks.add(new CanvasBlockInfo(block, integer(field(nodes.get(i), path, "weight"), path + ".weight", 1, 10)));
        }
        return blocks;
    }

    private Map<ScaleStep.Scale, List<Integer>> scales(JsonNode root) {
        JsonNode scales = field(root, "", "scales");
        Map<ScaleStep.Scale, List<Integer>> steps = new EnumMap<>(ScaleStep.Scale.class);
        for (ScaleStep.Scale scale : ScaleStep.Scale.values()) {
            String path = "scales." + scale.key();
            List<JsonNode> nodes = array(scales, "scales", scale.key());
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                values.add(integer(nodes.get(i), path + "[" + i + "]", 1, 5));
            }
            if (!values.equals(List.of(1, 2, 3, 4, 5))) {
                throw fail(path, "a risk scale has the steps [1, 2, 3, 4, 5]; found " + values);
            }
            steps.put(scale, List.copyOf(values));
        }
        return steps;
    }

    private Map<RiskCategory, List<String>> riskTemplates(JsonNode root, Map<String, Control> controls,
                                                          Map<String, Integer> order) {
        Map<RiskCategory, List<String>> templates = new EnumMap<>(RiskCategory.class);
        List<JsonNode> nodes = array(root, "", "riskTemplates");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "riskTemplates[" + i + "]";
            JsonNode n = nodes.get(i);
            RiskCategory category = enumValue(RiskCategory.class, field(n, path, "category"), path + ".category");
            List<String> offered = controlList(field(n, path, "controls"), path + ".controls", category, controls,
                    order, true);
            if (templates.put(category, offered) != null) {
                throw fail(path + ".category", "the category " + category + " has two templates");
            }
        }
        for (RiskCategory category : RiskCategory.values()) {
            if (!templates.containsKey(category)) {
                throw fail("riskTemplates", "the category " + category + " has no template");
            }
        }
        return templates;
    }

    /** A guide section as knowledge.json gives it: its texts come from the text files. */
    private record SectionShape(int number, RiskCategory category, GuideSection.ItemKind kind, List<String> keys) {
    }

    private List<SectionShape> guide(JsonNode root, Map<String, Control> controls) {
        List<SectionShape> sections = new ArrayList<>();
        List<JsonNode> nodes = nonEmptyArray(field(root, "", "guide"), "guide", "sections");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "guide.sections[" + i + "]";
            JsonNode n = nodes.get(i);
            int number = integer(field(n, path, "number"), path + ".number", i + 1, i + 1);
            RiskCategory category = n.has("category")
                    ? enumValue(RiskCategory.class, n.get("category"), path + ".category") : null;
            String kindName = string(field(n, path, "items"), path + ".items");
            GuideSection.ItemKind kind = switch (kindName) {
                case "controls" -> GuideSection.ItemKind.CONTROLS;
                case "analysis" -> GuideSection.ItemKind.ANALYSIS;
                case "practices" -> GuideSection.ItemKind.PRACTICES;
                default -> throw fail(path + ".items", "expected controls, analysis or practices; found " + kindName);
            };
            List<JsonNode> keyNodes = nonEmptyArray(n, path, "keys");
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < keyNodes.size(); k++) {
                String keyPath = path + ".keys[" + k + "]";
                String key = string(keyNodes.get(k), keyPath);
                checkGuideKey(kind, category, key, controls, keyPath);
                if (keys.contains(key)) {
                    throw fail(keyPath, key + " is listed twice");
                }
                keys.add(key);
            }
            sections.add(new SectionShape(number, category, kind, List.copyOf(keys)));
        }
        return sections;
    }

    private void checkGuideKey(GuideSection.ItemKind kind, RiskCategory category, String key,
                               Map<String, Control> controls, String path) {
        switch (kind) {
            case CONTROLS -> {
                Control control = controls.get(key);
                if (control == null) {
                    throw fail(path, "unknown control " + key);
                }
                if (category != null && control.category() != category) {
                    throw fail(path, "the control " + key + " belongs to " + control.category() + ", not " + category);
                }
            }
            case ANALYSIS -> {
                try {
                    AnalysisCategory.of(key);
                } catch (DomainException e) {
                    throw fail(path, "unknown opportunity or risk category " + key);
                }
            }
            case PRACTICES -> {
                if (Arrays.stream(PracticeKey.values()).noneMatch(p -> p.name().equals(key))) {
                    throw fail(path, "unknown practice " + key);
                }
            }
        }
    }

    // ---- conditions and control lists ----------------------------------------------------------------

    private List<Condition> conditions(JsonNode parent, String path, String name) {
        return conditions(field(parent, path, name), path + "." + name);
    }

    private List<Condition> conditions(JsonNode node, String path) {
        if (!node.isArray() || node.isEmpty()) {
            throw fail(path, "expected a non-empty list of conditions");
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            conditions.add(condition(node.get(i), path + "[" + i + "]"));
        }
        return conditions;
    }

    private Condition condition(JsonNode node, String path) {
        if (!node.isObject() || node.size() != 1) {
            throw fail(path, "a condition is an object with exactly one field, such as {\"fact\": \"publicFacing\"}");
        }
        String kind = node.fieldNames().next();
        JsonNode value = node.get(kind);
        String at = path + "." + kind;
        return switch (kind) {
            case "always" -> {
                if (!value.isBoolean() || !value.booleanValue()) {
                    throw fail(at, "write {\"always\": true}");
                }
                yield new Condition.Always();
            }
            case "fact" -> {
                try {
                    yield new Condition.Fact(ProfileFact.ofKey(string(value, at)));
                } catch (DomainException e) {
                    throw fail(at, "unknown profile fact " + value);
                }
            }
            case "sector" -> new Condition.InSector(enumValue(Sector.class, value, at));
            case "sectorOtherThan" -> new Condition.InSectorOtherThan(enumValue(Sector.class, value, at));
            case "market" -> new Condition.InMarket(enumValue(Market.class, value, at));
            case "stageAtLeast" -> new Condition.StageAtLeast(enumValue(Stage.class, value, at));
            default -> throw fail(path, "unknown condition \"" + kind
                    + "\"; use always, fact, sector, sectorOtherThan, market or stageAtLeast");
        };
    }

    /**
     * A list of control keys of one category in the order of the control list. The order is what makes a
     * group's subject id (scoring.md) unique, so it is enforced rather than repaired.
     */
    private List<String> controlList(JsonNode node, String path, RiskCategory category,
                                     Map<String, Control> controls, Map<String, Integer> order, boolean mayBeEmpty) {
        if (!node.isArray() || (!mayBeEmpty && node.isEmpty())) {
            throw fail(path, mayBeEmpty ? "expected a list of control keys" : "expected a non-empty list of control keys");
        }
        List<String> keys = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            String key = string(node.get(i), at);
            Control control = controls.get(key);
            if (control == null) {
                throw fail(at, "unknown control " + key);
            }
            if (control.category() != category) {
                throw fail(at, "the control " + key + " belongs to " + control.category() + ", not " + category);
            }
            if (order.get(key) <= previous) {
                throw fail(at, "list " + key + " once and in the order of the control list");
            }
            previous = order.get(key);
            keys.add(key);
        }
        return List.copyOf(keys);
    }

    // ---- the text files ------------------------------------------------------------------------------

    private Set<String> requiredTextKeys(List<Control> controls, List<Requirement> requirements,
                                         Map<ScaleStep.Scale, List<Integer>> scales, List<SectionShape> sections) {
        Set<String> keys = new LinkedHashSet<>();
        for (Class<? extends Enum<?>> type : TextKeys.LABELLED_ENUMS) {
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add(TextKeys.of(value) + TextKeys.LABEL);
                keys.add(TextKeys.of(value) + TextKeys.EXPLANATION);
            }
        }
        for (ProfileFact fact : ProfileFact.values()) {
            keys.add(TextKeys.of(fact) + ".question");
        }
        for (CanvasBlock block : CanvasBlock.values()) {
            for (int n = 1; n <= MIN_GUIDING_QUESTIONS; n++) {
                keys.add(TextKeys.guidingQuestion(block, n));
            }
        }
        for (Control control : controls) {
            keys.add(TextKeys.control(control.key()) + TextKeys.LABEL);
            keys.add(TextKeys.control(control.key()) + TextKeys.EXPLANATION);
        }
        for (Requirement requirement : requirements) {
            keys.add(TextKeys.requirement(requirement.id()) + TextKeys.LABEL);
            keys.add(TextKeys.requirement(requirement.id()) + TextKeys.EXPLANATION);
        }
        scales.forEach((scale, values) -> values.forEach(v -> {
            keys.add(TextKeys.scaleStep(scale, v) + TextKeys.LABEL);
            keys.add(TextKeys.scaleStep(scale, v) + ".description");
        }));
        for (RiskCategory category : RiskCategory.values()) {
            keys.add(TextKeys.riskTemplate(category) + ".title");
            keys.add(TextKeys.riskTemplate(category) + ".description");
        }
        keys.addAll(List.of("guide.title", "guide.closing.title", "guide.closing.text", "canvas.credit",
                "template.summary"));
        for (SectionShape section : sections) {
            keys.add(TextKeys.guideSection(section.number()) + ".title");
            keys.add(TextKeys.guideSection(section.number()) + ".question");
            if (section.kind() == GuideSection.ItemKind.ANALYSIS) {
                for (AnalysisKind kind : AnalysisKind.values()) {
                    keys.add(TextKeys.guideSection(section.number()) + ".group." + kind.name());
                }
            }
            for (String key : section.keys()) {
                keys.add(TextKeys.guideItem(section.number(), key) + ".title");
                keys.add(TextKeys.guideItem(section.number(), key) + ".text");
            }
        }
        return keys;
    }

    private Texts texts(Set<String> required) {
        Map<String, String> en = textFile(TEXTS_EN, required);
        Map<String, String> zh = textFile(TEXTS_ZH_CN, required);
        file = TEXTS_ZH_CN;
        for (String key : new TreeSet<>(en.keySet())) {
            if (!zh.containsKey(key)) {
                throw fail(key, "is missing (it is in " + TEXTS_EN + ")");
            }
        }
        file = TEXTS_EN;
        for (String key : new TreeSet<>(zh.keySet())) {
            if (!en.containsKey(key)) {
                throw fail(key, "is missing (it is in " + TEXTS_ZH_CN + ")");
            }
        }
        return new Texts(en, zh);
    }

    private Map<String, String> textFile(String name, Set<String> required) {
        JsonNode root = read(name);
        file = name;
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getValue().isTextual() || Checks.isBlank(e.getValue().textValue())) {
                throw fail(e.getKey(), "expected a text that is not blank");
            }
            texts.put(e.getKey(), e.getValue().textValue());
        }
        for (String key : required) {
            if (!texts.containsKey(key)) {
                throw fail(key, "is missing");
            }
        }
        return texts;
    }

    private Map<CanvasBlock, List<LocalizedText>> guidingQuestions(Texts texts) {
        Map<CanvasBlock, List<LocalizedText>> questions = new EnumMap<>(CanvasBlock.class);
        for (CanvasBlock block : CanvasBlock.values()) {
            List<LocalizedText> list = new ArrayList<>();
            for (int n = 1; texts.has(TextKeys.guidingQuestion(block, n)); n++) {
                list.add(texts.both(TextKeys.guidingQuestion(block, n)));
            }
            questions.put(block, List.copyOf(list));
        }
        return questions;
    }

    private static Map<ScaleStep.Scale, List<ScaleStep>> steps(Texts texts, Map<ScaleStep.Scale, List<Integer>> scales) {
        Map<ScaleStep.Scale, List<ScaleStep>> steps = new EnumMap<>(ScaleStep.Scale.class);
        scales.forEach((scale, values) -> steps.put(scale, values.stream().map(v -> new ScaleStep(scale, v,
                texts.both(TextKeys.scaleStep(scale, v) + TextKeys.LABEL),
                texts.both(TextKeys.scaleStep(scale, v) + ".description"))).toList()));
        return steps;
    }

    private static Map<RiskCategory, RiskTemplate> templates(Texts texts, Map<RiskCategory, List<String>> controls) {
        Map<RiskCategory, RiskTemplate> templates = new EnumMap<>(RiskCategory.class);
        controls.forEach((category, offered) -> templates.put(category, new RiskTemplate(category,
                texts.both(TextKeys.riskTemplate(category) + ".title"),
                texts.both(TextKeys.riskTemplate(category) + ".description"), offered)));
        return templates;
    }

    private static Guide guideOf(Texts texts, List<SectionShape> shapes) {
        List<GuideSection> sections = new ArrayList<>();
        LocalizedText opportunities = null;
        LocalizedText challenges = null;
        for (SectionShape s : shapes) {
            String at = TextKeys.guideSection(s.number());
            List<GuideItem> items = s.keys().stream().map(k -> new GuideItem(k,
                    texts.both(TextKeys.guideItem(s.number(), k) + ".title"),
                    texts.both(TextKeys.guideItem(s.number(), k) + ".text"))).toList();
            sections.add(new GuideSection(s.number(), s.category(), s.kind(), texts.both(at + ".title"),
                    texts.both(at + ".question"), items));
            if (s.kind() == GuideSection.ItemKind.ANALYSIS) {
                opportunities = texts.both(at + ".group." + AnalysisKind.OPPORTUNITY.name());
                challenges = texts.both(at + ".group." + AnalysisKind.CHALLENGE.name());
            }
        }
        if (opportunities == null) {
            throw new IllegalStateException(KNOWLEDGE + ": guide.sections: no section lists the analysis items");
        }
        return new Guide(texts.both("guide.title"), sections, texts.both("guide.closing.title"),
                texts.both("guide.closing.text"), opportunities, challenges);
    }

    // ---- JSON access that names the place of every problem ------------------------------------------

    private JsonNode read(String name) {
        file = name;
        try (InputStream in = source.open(name)) {
            if (in == null) {
                throw new IllegalStateException(name + ": not found at " + RESOURCE_DIR + name);
            }
            JsonNode root = JsonTree.read(in);
            if (root == null || !root.isObject()) {
                throw fail("", "expected a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot be read as JSON: " + e.getMessage(), e);
        }
    }

    private void expectKeys(JsonNode root, String name, List<String> expected) {
        List<JsonNode> nodes = array(root, "", name);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            found.add(string(nodes.get(i), name + "[" + i + "]"));
        }
        if (!found.equals(expected)) {
            throw fail(name, "expected " + expected + "; found " + found);
        }
    }

    private JsonNode field(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw fail(path.isEmpty() ? name : path + "." + name, "is missing");
        }
        return value;
    }

    private List<JsonNode> array(JsonNode node, String path, String name) {
        JsonNode value = field(node, path, name);
        if (!value.isArray()) {
            throw fail(path.isEmpty() ? name : path + "." + name, "expected a list");
        }
        List<JsonNode> list = new ArrayList<>();
        value.forEach(list::add);
        return list;
    }

    private List<JsonNode> nonEmptyArray(JsonNode node, String path, String name) {
        List<JsonNode> list = array(node, path, name);
        if (list.isEmpty()) {
            throw fail(path.isEmpty() ? name : path + "." + name, "expected a non-empty list");
        }
        return list;
    }

    private String string(JsonNode node, String path) {
        if (!node.isTextual() || node.textValue().isEmpty()) {
            throw fail(path, "expected a non-empty string; found " + node);
        }
        return node.textValue();
    }

    private int integer(JsonNode node, String path, int min, int max) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            throw fail(path, "expected a whole number from " + min + " to " + max + "; found " + node);
        }
        return node.intValue();
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String path) {
        String name = string(node, path);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw fail(path, "unknown " + type.getSimpleName() + " \"" + name + "\"");
        }
    }

    private IllegalStateException fail(String path, String problem) {
        return new IllegalStateException(file + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
