package org.aiventure.workbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What would change if {@code incoming} replaced {@code existing}: when a file holds a project whose id is
 * already in the workbook, the founder chooses between replacing it, importing a copy and cancelling, and this
 * is what the dialog shows them. Items are matched by id (practices by key); the profile is compared field by
 * field. Not compared: the ids of the two projects (the caller matched them), {@code createdAt} and
 * {@code updatedAt} (they say when, not what), and the order of risks, analysis items, team entries and
 * snapshots (a canvas note's move is a change of its block or position, and is reported).
 */
public record ProjectDiff(List<FieldChange> profile, ItemChanges<Risk> risks, ItemChanges<AnalysisItem> analysis,
                          ItemChanges<CanvasNote> canvas, ItemChanges<TeamEntry> team,
                          ItemChanges<Practice> practices, ItemChanges<Snapshot> snapshots) {

    public ProjectDiff {
        profile = List.copyOf(profile);
    }

    public static ProjectDiff between(Project existing, Project incoming) {
        return new ProjectDiff(profileChanges(existing, incoming),
                ItemChanges.between(existing.risks(), incoming.risks(), Risk::id),
                ItemChanges.between(existing.analysis(), incoming.analysis(), AnalysisItem::id),
                ItemChanges.between(existing.canvas(), incoming.canvas(), CanvasNote::id),
                ItemChanges.between(existing.team(), incoming.team(), TeamEntry::id),
                ItemChanges.between(existing.practices(), incoming.practices(), Practice::key),
                ItemChanges.between(existing.snapshots(), incoming.snapshots(), Snapshot::id));
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** Every changed profile field and every added, removed or changed item. */
    public int count() {
        return profile.size() + risks.count() + analysis.count() + canvas.count() + team.count()
                + practices.count() + snapshots.count();
    }

    /** The codes of the risks only the incoming project has: a founder knows risks by code, not by id. */
    public List<String> addedRiskCodes() {
        return risks.added().stream().map(Risk::code).toList();
    }

    public List<String> removedRiskCodes() {
        return risks.removed().stream().map(Risk::code).toList();
    }

    /** The changed risks' codes, written {@code R-003 → R-009} when the code itself is what changed. */
    public List<String> changedRiskCodes() {
        return risks.changed().stream().map(c -> c.before().code().equals(c.after().code())
                ? c.after().code() : c.before().code() + " → " + c.after().code()).toList();
    }

    private static List<FieldChange> profileChanges(Project a, Project b) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "name", a.name(), b.name());
        compare(changes, "summary", a.summary(), b.summary());
        compare(changes, "language", a.language().tag(), b.language().tag());
        compare(changes, "stage", a.stage().name(), b.stage().name());
        compare(changes, "sectors", names(a.sectors()), names(b.sectors()));
        compare(changes, "markets", names(a.markets()), names(b.markets()));
        for (ProfileFact fact : ProfileFact.values()) {
            compare(changes, "profile." + fact.key(), Boolean.toString(a.profile().has(fact)),
                    Boolean.toString(b.profile().has(fact)));
        }
        compare(changes, "riskAppetite", Integer.toString(a.riskAppetite()), Integer.toString(b.riskAppetite()));
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    /** The order counts: the workbook keeps the order of sectors and markets as the founder gave it. */
    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
