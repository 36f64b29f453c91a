package org.aiventure.workbook.exchange;

import static org.aiventure.workbook.exchange.JsonValues.integer;
import static org.aiventure.workbook.exchange.JsonValues.nullable;
import static org.aiventure.workbook.exchange.JsonValues.oneOf;
import static org.aiventure.workbook.exchange.JsonValues.text;
import static org.aiventure.workbook.exchange.StrictObject.objects;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Limits;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.OpportunityCategory;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Profile;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;

/**
 * Reads the {@code project} object of a file against every rule of file-format.md and aivw.schema.json, reporting
 * each violation with its pointer and going on. What it returns is a recipe, not a project: each object read
 * becomes a {@link Supplier} of its domain value, and nothing is built until the caller has seen that the whole
 * file holds no violation. So a bad file builds nothing, and a null standing for a bad value never reaches a
 * domain constructor.
 */
final class ProjectTreeMapper {

    private static final ValueMapper<Language> LANGUAGE = JsonValues.key(JsonValues.orNull(Language::ofTag),
            Arrays.stream(Language.values()).map(Language::tag).toList());
    private static final ValueMapper<AnalysisCategory> CATEGORY = JsonValues.key(
            JsonValues.orNull(AnalysisCategory::of),
            Stream.concat(Arrays.stream(RiskCategory.values()), Arrays.stream(OpportunityCategory.values()))
                    .map(Enum::name).toList());
    private static final ValueMapper<Integer> SCALE = integer(1, 5);
    private static final ValueMapper<String> TITLE = text(1, Limits.TITLE);
    private static final ValueMapper<String> LONG_TEXT = text(0, Limits.LONG_TEXT);
    /** file-format.md: at most one practice per key, and there are five keys. */
    private static final int MAX_PRACTICES = PracticeKey.values().length;

    private final CrossReferences references;

    private ProjectTreeMapper(Violations out) {
        this.references = new CrossReferences(out);
    }

    /**
     * The recipe of the project at {@code at}, whose violations go to {@code out}; call its {@code get} only
     * when {@code out} is empty.
     */
    static Supplier<Project> read(JsonNode projectNode, Pointer at, Violations out) {
        ProjectTreeMapper mapper = new ProjectTreeMapper(out);
        Supplier<Project> project = objects(mapper::project).map(projectNode, at, out);
        mapper.references.checkReferences();
        return project;
    }

    private Supplier<Project> project(StrictObject o) {
        UUID id = id(o);
        String name = o.get("name", JsonValues.nonBlankText(Limits.NAME));
        String summary = o.get("summary", LONG_TEXT);
        Language language = o.get("language", LANGUAGE);
        Stage stage = o.get("stage", oneOf(Stage.class));
        List<Sector> sectors = o.uniqueList("sectors", oneOf(Sector.class));
        List<Market> markets = o.uniqueList("markets", oneOf(Market.class));
        Supplier<Profile> profile = o.get("profile", objects(this::profile));
        Integer riskAppetite = o.get("riskAppetite", integer(1, Limits.MAX_APPETITE));
        Instant createdAt = o.get("createdAt", JsonValues::instant);
        Instant updatedAt = o.get("updatedAt", JsonValues::instant);
        List<Supplier<AnalysisItem>> analysis = o.list("analysis", objects(this::analysisItem));
        List<Supplier<Risk>> risks = o.list("risks", objects(this::risk));
        List<Supplier<CanvasNote>> canvas = o.list("canvas", objects(this::canvasNote));
        List<Supplier<TeamEntry>> team = o.list("team", objects(this::teamEntry));
        List<Supplier<Practice>> practices = o.list("practices", objects(this::practice));
        if (practices != null && practices.size() > MAX_PRACTICES) {
            o.violations().add(o.at("practices"), AivwMessages.TOO_MANY_ITEMS, MAX_PRACTICES, practices.size());
        }
        List<Supplier<Snapshot>> snapshots = o.list("snapshots", objects(this::snapshot));
        o.finish();
        return () -> new Project(id, name, summary, language, stage, sectors, markets, profile.get(), riskAppetite,
                createdAt, updatedAt, built(analysis), built(risks), built(canvas), built(team), built(practices),
                built(snapshots));
    }

    /** All seven facts must be present, so they are read by the domain's list rather than by the file's keys. */
    private Supplier<Profile> profile(StrictObject o) {
        EnumSet<ProfileFact> yes = EnumSet.noneOf(ProfileFact.class);
        for (ProfileFact fact : ProfileFact.values()) {
            if (Boolean.TRUE.equals(o.get(fact.key(), JsonValues::bool))) {
                yes.add(fact);
            }
        }
        o.finish();
        return () -> new Profile(yes);
    }

    private Supplier<AnalysisItem> analysisItem(StrictObject o) {
        UUID id = id(o);
        AnalysisKind kind = o.get("kind", oneOf(AnalysisKind.class));
        AnalysisCategory category = o.get("category", CATEGORY);
        if (kind != null && category != null && category.kind() != kind) {
            o.violations().add(o.at("category"), AivwMessages.CATEGORY_KIND, kind, categoriesOf(kind), category);
        }
        String title = o.get("title", TITLE);
        String notes = o.get("notes", LONG_TEXT);
        Integer impact = o.get("impact", SCALE);
        Integer likelihood = o.get("likelihood", SCALE);
        List<UUID> linkedRiskIds = linkedRiskIds(o);
        o.finish();
        return () -> new AnalysisItem(id, kind, category, title, notes, impact, likelihood, linkedRiskIds);
    }

    private Supplier<Risk> risk(StrictObject o) {
        UUID id = id(o);
        references.riskId(id);
        String code = o.get("code", JsonValues::riskCode);
        references.riskCode(code, o.at("code"));
        String title = o.get("title", TITLE);
        String description = o.get("description", LONG_TEXT);
        RiskCategory category = o.get("category", oneOf(RiskCategory.class));
        Integer likelihood = o.get("likelihood", SCALE);
        Integer impact = o.get("impact", SCALE);
        Treatment treatment = o.get("treatment", oneOf(Treatment.class));
        RiskStatus status = o.get("status", oneOf(RiskStatus.class));
        UUID ownerId = o.get("ownerId", nullable(JsonValues::uuid));
        references.owner(ownerId, o.at("ownerId"));
        LocalDate reviewBy = o.get("reviewBy", nullable(JsonValues::date));
        Supplier<Acceptance> acceptance = o.get("acceptance", nullable(objects(this::acceptance)));
        List<Supplier<Mitigation>> mitigations = o.list("mitigations", objects(this::mitigation));
        o.finish();
        return () -> new Risk(id, code, title, description, category, likelihood, impact, treatment, status, ownerId,
                reviewBy, acceptance == null ? null : acceptance.get(), built(mitigations));
    }

    private Supplier<Acceptance> acceptance(StrictObject o) {
        String rationale = o.get("rationale", LONG_TEXT);
        LocalDate expires = o.get("expires", nullable(JsonValues::date));
        o.finish();
        return () -> new Acceptance(rationale, expires);
    }

    private Supplier<Mitigation> mitigation(StrictObject o) {
        UUID id = id(o);
        String controlId = o.get("controlId", nullable(ControlKeys::controlKey));
        String title = o.get("title", TITLE);
        MitigationState state = o.get("state", oneOf(MitigationState.class));
        Integer effectiveness = o.get("effectiveness", integer(0, Limits.MAX_EFFECTIVENESS));
        o.finish();
        return () -> new Mitigation(id, controlId, title, state, effectiveness);
    }

    private Supplier<CanvasNote> canvasNote(StrictObject o) {
        UUID id = id(o);
        CanvasBlock block = o.get("block", oneOf(CanvasBlock.class));
        String text = o.get("text", text(1, Limits.NOTE_TEXT));
        NoteColor color = o.get("color", oneOf(NoteColor.class));
        Integer position = o.get("position", integer(0, Integer.MAX_VALUE));
        references.notePosition(block, position, o.at("position"));
        Evidence evidence = o.get("evidence", oneOf(Evidence.class));
        List<UUID> linkedRiskIds = linkedRiskIds(o);
        o.finish();
        return () -> new CanvasNote(id, block, text, color, position, evidence, linkedRiskIds);
    }

    private Supplier<TeamEntry> teamEntry(StrictObject o) {
        UUID id = id(o);
        references.teamEntryId(id);
        Role role = o.get("role", oneOf(Role.class));
        String title = o.get("title", TITLE);
        TeamStatus status = o.get("status", oneOf(TeamStatus.class));
        String person = o.get("person", text(0, Limits.PERSON));
        String notes = o.get("notes", LONG_TEXT);
        List<RiskCategory> covers = o.uniqueList("covers", oneOf(RiskCategory.class));
        o.finish();
        return () -> new TeamEntry(id, role, title, status, person, notes, covers);
    }

    private Supplier<Practice> practice(StrictObject o) {
        PracticeKey key = o.get("key", oneOf(PracticeKey.class));
        references.practice(key, o.at("key"));
        Boolean done = o.get("done", JsonValues::bool);
        String evidence = o.get("evidence", LONG_TEXT);
        o.finish();
        return () -> new Practice(key, done, evidence);
    }

    private Supplier<Snapshot> snapshot(StrictObject o) {
        UUID id = id(o);
        Instant takenAt = o.get("takenAt", JsonValues::instant);
        String label = o.get("label", text(0, Limits.LABEL));
        String formula = o.get("formula", text(1, Limits.FORMULA));
        BigDecimal overall = o.get("overall", JsonValues::score);
        Map<Area, BigDecimal> areas = o.get("areas", objects(ProjectTreeMapper::areas));
        o.finish();
        return () -> new Snapshot(id, takenAt, label, formula, overall, areas);
    }

    private static Map<Area, BigDecimal> areas(StrictObject o) {
        Map<Area, BigDecimal> areas = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            areas.put(area, o.get(area.name(), JsonValues::score));
        }
        o.finish();
        return areas;
    }

    /** The object's id, which must be unique across the whole file. */
    private UUID id(StrictObject o) {
        UUID id = o.get("id", JsonValues::uuid);
        references.id(id, o.at("id"));
        return id;
    }

    private List<UUID> linkedRiskIds(StrictObject o) {
        List<UUID> linked = o.uniqueList("linkedRiskIds", JsonValues::uuid);
        references.linkedRisks(linked, o.at("linkedRiskIds"));
        return linked;
    }

    private static String categoriesOf(AnalysisKind kind) {
        Enum<?>[] categories = kind == AnalysisKind.OPPORTUNITY
                ? OpportunityCategory.values() : RiskCategory.values();
        return String.join(", ", Arrays.stream(categories).map(Enum::name).toList());
    }

    private static <T> List<T> built(List<Supplier<T>> recipes) {
        return recipes.stream().map(Supplier::get).toList();
    }
}
