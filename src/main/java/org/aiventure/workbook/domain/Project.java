package org.aiventure.workbook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A whole project as file-format.md describes it, immutable. Building one checks the rules that span the
 * project: ids unique across it, risk codes unique, references pointing inside it, one practice per key and
 * unique note positions per block. Every list keeps the order the founder gave it.
 */
public record Project(UUID id, String name, String summary, Language language, Stage stage,
                      List<Sector> sectors, List<Market> markets, Profile profile, int riskAppetite,
                      Instant createdAt, Instant updatedAt, List<AnalysisItem> analysis, List<Risk> risks,
                      List<CanvasNote> canvas, List<TeamEntry> team, List<Practice> practices,
                      List<Snapshot> snapshots) {

    /** A new project's risk appetite (knowledge.md). */
    public static final int DEFAULT_APPETITE = 8;

    public Project {
        Checks.present("project id", id);
        Checks.nonBlank("project name", name, Limits.NAME);
        Checks.text("summary", summary, 0, Limits.LONG_TEXT);
        Checks.present("language", language);
        Checks.present("stage", stage);
        sectors = Checks.uniqueList("sectors", sectors);
        markets = Checks.uniqueList("markets", markets);
        Checks.present("profile", profile);
        Checks.range("risk appetite", riskAppetite, 1, Limits.MAX_APPETITE);
        Checks.present("created", createdAt);
        Checks.present("updated", updatedAt);
        analysis = Checks.list("analysis", analysis);
        risks = Checks.list("risks", risks);
        canvas = Checks.list("canvas", canvas);
        team = Checks.list("team", team);
        practices = Checks.list("practices", practices);
        snapshots = Checks.list("snapshots", snapshots);
        CheckedParts parts = new CheckedParts(id, analysis, risks, canvas, team, practices, snapshots);
        if (!parts.sameAs(lastChecked)) {
            checkWhole(id, analysis, risks, canvas, team, practices, snapshots);
            lastChecked = parts;
        }
    }

    /**
     * The parts of the last project whose whole was checked. Most edits copy a project and then stamp the copy
     * (a rename, a new timestamp): the stamped copy keeps the very same immutable lists, so checking them again
     * would only repeat work that takes milliseconds in a 10,000-risk register.
     */
    private static volatile CheckedParts lastChecked;

    private record CheckedParts(UUID id, List<AnalysisItem> analysis, List<Risk> risks, List<CanvasNote> canvas,
                                List<TeamEntry> team, List<Practice> practices, List<Snapshot> snapshots) {

        /** The same instances (not equal ones: only identity proves the lists were the ones checked). */
        boolean sameAs(CheckedParts other) {
            return other != null && id == other.id && analysis == other.analysis && risks == other.risks
                    && canvas == other.canvas && team == other.team && practices == other.practices
                    && snapshots == other.snapshots;
        }
    }

    /** A new, empty project with knowledge.md's defaults. */
    public static Project blank(UUID id, String name, Language language, Instant now) {
        return new Project(id, name, "", language, Stage.IDEA, List.of(), List.of(), Profile.NONE,
                DEFAULT_APPETITE, now, now, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static void checkWhole(UUID projectId, List<AnalysisItem> analysis, List<Risk> risks,
                                   List<CanvasNote> canvas, List<TeamEntry> team, List<Practice> practices,
                                   List<Snapshot> snapshots) {
        int mitigations = 0;
        for (Risk r : risks) {
            mitigations += r.mitigations().size();
        }
        // Sized up front: growing a set of 40,000 ids rehashes it a dozen times.
        Set<UUID> ids = new HashSet<>(capacity(1 + risks.size() + mitigations + team.size() + analysis.size()
                + canvas.size() + snapshots.size()));
        unique(ids, projectId);
        Set<UUID> riskIds = new HashSet<>(capacity(risks.size()));
        Set<String> codes = new HashSet<>(capacity(risks.size()));
        for (Risk r : risks) {
            unique(ids, r.id());
            riskIds.add(r.id());
            if (!codes.add(r.code())) {
                throw new DomainException("domain.error.duplicateCode", r.code());
            }
            for (Mitigation m : r.mitigations()) {
                unique(ids, m.id());
            }
        }
        Set<UUID> teamIds = new HashSet<>();
        for (TeamEntry t : team) {
            unique(ids, t.id());
            teamIds.add(t.id());
        }
        for (Risk r : risks) {
            if (r.ownerId() != null && !teamIds.contains(r.ownerId())) {
                throw new DomainException("domain.error.dangling", r.code(), r.ownerId());
            }
        }
        for (AnalysisItem a : analysis) {
            unique(ids, a.id());
            links(riskIds, a.title(), a.linkedRiskIds());
        }
        Map<CanvasBlock, Set<Integer>> positions = new HashMap<>();
        for (CanvasNote n : canvas) {
            unique(ids, n.id());
            links(riskIds, n.text(), n.linkedRiskIds());
            if (!positions.computeIfAbsent(n.block(), b -> new HashSet<>()).add(n.position())) {
                throw new DomainException("domain.error.duplicatePosition", n.block(), n.position());
            }
        }
        Set<PracticeKey> keys = EnumSet.noneOf(PracticeKey.class);
        for (Practice p : practices) {
            if (!keys.add(p.key())) {
                throw new DomainException("domain.error.duplicate", "practices", p.key());
            }
        }
        for (Snapshot s : snapshots) {
            unique(ids, s.id());
        }
    }

    private static int capacity(int elements) {
        return elements * 4 / 3 + 1;
    }

    private static void unique(Set<UUID> ids, UUID id) {
        if (!ids.add(id)) {
            throw new DomainException("domain.error.duplicateId", id);
        }
    }

    private static void links(Set<UUID> riskIds, String where, List<UUID> linked) {
        for (UUID id : linked) {
            if (!riskIds.contains(id)) {
                throw new DomainException("domain.error.dangling", where, id);
            }
        }
    }

    // ---- copies with one part changed; edits are built from these -------------------------------------

    public Project withName(String next) {
        return new Project(id, next, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, team, practices, snapshots);
    }

    public Project withSummary(String next) {
        return new Project(id, name, next, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, team, practices, snapshots);
    }

    public Project withLanguage(Language next) {
        return new Project(id, name, summary, next, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, team, practices, snapshots);
    }

    public Project withStage(Stage next) {
        return new Project(id, name, summary, language, next, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, team, practices, snapshots);
    }

    public Project withSectors(List<Sector> next) {
        return new Project(id, name, summary, language, stage, next, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, team, practices, snapshots);
    }

    public Project withMarkets(List<Market> next) {
        return new Project(id, name, summary, language, stage, sectors, next, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, team, practices, snapshots);
    }

    public Project withProfile(Profile next) {
        return new Project(id, name, summary, language, stage, sectors, markets, next, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, team, practices, snapshots);
    }

    public Project withRiskAppetite(int next) {
        return new Project(id, name, summary, language, stage, sectors, markets, profile, next, createdAt,
                updatedAt, analysis, risks, canvas, team, practices, snapshots);
    }

    public Project withUpdatedAt(Instant next) {
        return new Project(id, name, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                next, analysis, risks, canvas, team, practices, snapshots);
    }

    public Project withAnalysis(List<AnalysisItem> next) {
        return new Project(id, name, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, next, risks, canvas, team, practices, snapshots);
    }

    public Project withRisks(List<Risk> next) {
        return new Project(id, name, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, next, canvas, team, practices, snapshots);
    }

    public Project withCanvas(List<CanvasNote> next) {
        return new Project(id, name, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, next, team, practices, snapshots);
    }

    public Project withTeam(List<TeamEntry> next) {
        return new Project(id, name, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, next, practices, snapshots);
    }

    public Project withPractices(List<Practice> next) {
        return new Project(id, name, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, team, next, snapshots);
    }

    public Project withSnapshots(List<Snapshot> next) {
        return new Project(id, name, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, risks, canvas, team, practices, next);
    }

    // ---- list operations that keep references consistent ----------------------------------------------

    /** The risk with this id; throws {@link DomainException} if there is none. */
    public Risk risk(UUID riskId) {
        for (Risk r : risks) {
            if (r.id().equals(riskId)) {
                return r;
            }
        }
        throw new DomainException("domain.error.notFound", riskId);
    }

    /** The project with one risk replaced by {@code change} applied to it. */
    public Project withRisk(UUID riskId, UnaryOperator<Risk> change) {
        List<Risk> next = new ArrayList<>(risks);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(riskId)) {
                next.set(i, change.apply(next.get(i)));
                return withRisks(next);
            }
        }
        throw new DomainException("domain.error.notFound", riskId);
    }

    /** The project with a risk appended. */
    public Project addRisk(Risk risk) {
        List<Risk> next = new ArrayList<>(risks);
        next.add(risk);
        return withRisks(next);
    }

    /** The project without a risk, and without the links that pointed to it. */
    public Project removeRisk(UUID riskId) {
        risk(riskId);
        List<AnalysisItem> items = analysis.stream().map(a -> a.linkedRiskIds().contains(riskId)
                ? a.withLinkedRiskIds(without(a.linkedRiskIds(), riskId)) : a).toList();
        List<CanvasNote> notes = canvas.stream().map(n -> n.linkedRiskIds().contains(riskId)
                ? n.withLinkedRiskIds(without(n.linkedRiskIds(), riskId)) : n).toList();
        return new Project(id, name, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, items, risks.stream().filter(r -> !r.id().equals(riskId)).toList(), notes, team,
                practices, snapshots);
    }

    /** The project without a team entry; risks it owned become unowned. */
    public Project removeTeamEntry(UUID entryId) {
        List<Risk> next = risks.stream().map(r -> entryId.equals(r.ownerId()) ? r.withOwner(null) : r).toList();
        return new Project(id, name, summary, language, stage, sectors, markets, profile, riskAppetite, createdAt,
                updatedAt, analysis, next, canvas, team.stream().filter(t -> !t.id().equals(entryId)).toList(),
                practices, snapshots);
    }

    /** The next free risk code: one above the highest in use. */
    public String nextRiskCode() {
        return Risk.code(risks.stream().mapToInt(Risk::codeNumber).max().orElse(0) + 1);
    }

    private static List<UUID> without(List<UUID> ids, UUID id) {
        return ids.stream().filter(x -> !x.equals(id)).toList();
    }
}
