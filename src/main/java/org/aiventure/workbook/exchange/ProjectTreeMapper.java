package org.aiventure.workbook.exchange;

import static org.aiventure.workbook.exchange.JsonValues.build;
import static org.aiventure.workbook.exchange.JsonValues.integer;
import static org.aiventure.workbook.exchange.JsonValues.nullable;
import static org.aiventure.workbook.exchange.JsonValues.oneOf;
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
 * Maps the {@code project} object of a file to a {@link Project}: the shape and value types of
 * file-format.md are checked here, the rules of the values themselves by the domain constructors, whose
 * complaints are reported at the pointer of the object being built. The first problem stops the mapping.
 */
final class ProjectTreeMapper {

    private static final ValueMapper<Language> LANGUAGE = JsonValues.key(Language::ofTag,
            Arrays.stream(Language.values()).map(Language::tag).toList());
    private static final ValueMapper<AnalysisCategory> CATEGORY = JsonValues.key(AnalysisCategory::of,
            Stream.concat(Arrays.stream(RiskCategory.values()), Arrays.stream(OpportunityCategory.values()))
                    .map(Enum::name).toList());
    private static final ValueMapper<Integer> SCALE = integer(1, 5);

    private ProjectTreeMapper() {
    }

    /** The project of the JSON object {@code projectNode}, which sits at {@code at} in its file. */
    static Project fromTree(JsonNode projectNode, Pointer at) throws AivwFormatException {
        StrictObject o = StrictObject.of(projectNode, at);
        UUID id = o.get("id", JsonValues::uuid);
        String name = o.get("name", JsonValues::string);
        String summary = o.get("summary", JsonValues::string);
        Language language = o.get("language", LANGUAGE);
        Stage stage = o.get("stage", oneOf(Stage.class));
        List<Sector> sectors = o.list("sectors", oneOf(Sector.class));
        List<Market> markets = o.list("markets", oneOf(Market.class));
        Profile profile = o.get("profile", objects(ProjectTreeMapper::profile));
        int riskAppetite = o.get("riskAppetite", integer(1, Limits.MAX_APPETITE));
        Instant createdAt = o.get("createdAt", JsonValues::instant);
        Instant updatedAt = o.get("updatedAt", JsonValues::instant);
        List<AnalysisItem> analysis = o.list("analysis", objects(ProjectTreeMapper::analysisItem));
        List<Risk> risks = o.list("risks", objects(ProjectTreeMapper::risk));
        List<CanvasNote> canvas = o.list("canvas", objects(ProjectTreeMapper::canvasNote));
        List<TeamEntry> team = o.list("team", objects(ProjectTreeMapper::teamEntry));
        List<Practice> practices = o.list("practices", objects(ProjectTreeMapper::practice));
        List<Snapshot> snapshots = o.list("snapshots", objects(ProjectTreeMapper::snapshot));
        o.finish();
        return build(at, () -> new Project(id, name, summary, language, stage, sectors, markets, profile,
                riskAppetite, createdAt, updatedAt, analysis, risks, canvas, team, practices, snapshots));
    }

    /** All seven facts must be present, so they are read by the domain's list rather than by the file's keys. */
    private static Profile profile(StrictObject o) throws AivwFormatException {
        EnumSet<ProfileFact> yes = EnumSet.noneOf(ProfileFact.class);
        for (ProfileFact fact : ProfileFact.values()) {
            if (o.get(fact.key(), JsonValues::bool)) {
                yes.add(fact);
            }
        }
        o.finish();
        return new Profile(yes);
    }

    private static AnalysisItem analysisItem(StrictObject o) throws AivwFormatException {
        UUID id = o.get("id", JsonValues::uuid);
        AnalysisKind kind = o.get("kind", oneOf(AnalysisKind.class));
        AnalysisCategory category = o.get("category", CATEGORY);
        String title = o.get("title", JsonValues::string);
        String notes = o.get("notes", JsonValues::string);
        int impact = o.get("impact", SCALE);
        int likelihood = o.get("likelihood", SCALE);
        List<UUID> linkedRiskIds = o.list("linkedRiskIds", JsonValues::uuid);
        o.finish();
        return build(o.at(), () -> new AnalysisItem(id, kind, category, title, notes, impact, likelihood,
                linkedRiskIds));
    }

    private static Risk risk(StrictObject o) throws AivwFormatException {
        UUID id = o.get("id", JsonValues::uuid);
        String code = o.get("code", JsonValues::string);
        String title = o.get("title", JsonValues::string);
        String description = o.get("description", JsonValues::string);
        RiskCategory category = o.get("category", oneOf(RiskCategory.class));
        int likelihood = o.get("likelihood", SCALE);
        int impact = o.get("impact", SCALE);
        Treatment treatment = o.get("treatment", oneOf(Treatment.class));
        RiskStatus status = o.get("status", oneOf(RiskStatus.class));
        UUID ownerId = o.get("ownerId", nullable(JsonValues::uuid));
        LocalDate reviewBy = o.get("reviewBy", nullable(JsonValues::date));
        Acceptance acceptance = o.get("acceptance", nullable(objects(ProjectTreeMapper::acceptance)));
        List<Mitigation> mitigations = o.list("mitigations", objects(ProjectTreeMapper::mitigation));
        o.finish();
        return build(o.at(), () -> new Risk(id, code, title, description, category, likelihood, impact, treatment,
                status, ownerId, reviewBy, acceptance, mitigations));
    }

    private static Acceptance acceptance(StrictObject o) throws AivwFormatException {
        String rationale = o.get("rationale", JsonValues::string);
        LocalDate expires = o.get("expires", nullable(JsonValues::date));
        o.finish();
        return build(o.at(), () -> new Acceptance(rationale, expires));
    }

    private static Mitigation mitigation(StrictObject o) throws AivwFormatException {
        UUID id = o.get("id", JsonValues::uuid);
        String controlId = o.get("controlId", nullable(JsonValues::string));
        String title = o.get("title", JsonValues::string);
        MitigationState state = o.get("state", oneOf(MitigationState.class));
        int effectiveness = o.get("effectiveness", integer(0, Limits.MAX_EFFECTIVENESS));
        o.finish();
        return build(o.at(), () -> new Mitigation(id, controlId, title, state, effectiveness));
    }

    private static CanvasNote canvasNote(StrictObject o) throws AivwFormatException {
        UUID id = o.get("id", JsonValues::uuid);
        CanvasBlock block = o.get("block", oneOf(CanvasBlock.class));
        String text = o.get("text", JsonValues::string);
        NoteColor color = o.get("color", oneOf(NoteColor.class));
        int position = o.get("position", integer(0, Integer.MAX_VALUE));
        Evidence evidence = o.get("evidence", oneOf(Evidence.class));
        List<UUID> linkedRiskIds = o.list("linkedRiskIds", JsonValues::uuid);
        o.finish();
        return build(o.at(), () -> new CanvasNote(id, block, text, color, position, evidence, linkedRiskIds));
    }

    private static TeamEntry teamEntry(StrictObject o) throws AivwFormatException {
        UUID id = o.get("id", JsonValues::uuid);
        Role role = o.get("role", oneOf(Role.class));
        String title = o.get("title", JsonValues::string);
        TeamStatus status = o.get("status", oneOf(TeamStatus.class));
        String person = o.get("person", JsonValues::string);
        String notes = o.get("notes", JsonValues::string);
        List<RiskCategory> covers = o.list("covers", oneOf(RiskCategory.class));
        o.finish();
        return build(o.at(), () -> new TeamEntry(id, role, title, status, person, notes, covers));
    }

    private static Practice practice(StrictObject o) throws AivwFormatException {
        PracticeKey key = o.get("key", oneOf(PracticeKey.class));
        boolean done = o.get("done", JsonValues::bool);
        String evidence = o.get("evidence", JsonValues::string);
        o.finish();
        return build(o.at(), () -> new Practice(key, done, evidence));
    }

    private static Snapshot snapshot(StrictObject o) throws AivwFormatException {
        UUID id = o.get("id", JsonValues::uuid);
        Instant takenAt = o.get("takenAt", JsonValues::instant);
        String label = o.get("label", JsonValues::string);
        String formula = o.get("formula", JsonValues::string);
        BigDecimal overall = o.get("overall", JsonValues::score);
        Map<Area, BigDecimal> areas = o.get("areas", objects(ProjectTreeMapper::areas));
        o.finish();
        return build(o.at(), () -> new Snapshot(id, takenAt, label, formula, overall, areas));
    }

    private static Map<Area, BigDecimal> areas(StrictObject o) throws AivwFormatException {
        Map<Area, BigDecimal> areas = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            areas.put(area, o.get(area.name(), JsonValues::score));
        }
        o.finish();
        return areas;
    }
}
