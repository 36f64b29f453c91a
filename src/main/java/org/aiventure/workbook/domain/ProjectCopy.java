package org.aiventure.workbook.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A project copied under new ids: every id (project, risks, mitigations, team entries, analysis items, canvas
 * notes, snapshots) is replaced by a fresh one and every reference (a risk's owner, a link to a risk) is
 * remapped to the copy, so the copy shares nothing with its source. Duplicating a project and importing a file
 * "as a copy" both need exactly this.
 */
public final class ProjectCopy {

    private final Map<UUID, UUID> remapped = new HashMap<>();
    private final Supplier<UUID> ids;

    private ProjectCopy(Supplier<UUID> ids) {
        this.ids = ids;
    }

    /** The copy of {@code source} named {@code name}; all else but ids equal, lists in the same order. */
    public static Project withNewIds(Project source, String name, Supplier<UUID> ids) {
        ProjectCopy copy = new ProjectCopy(ids);
        // Risks and team entries first: other parts refer to them.
        List<TeamEntry> team = source.team().stream().map(t -> new TeamEntry(copy.fresh(t.id()), t.role(),
                t.title(), t.status(), t.person(), t.notes(), t.covers())).toList();
        List<Risk> risks = source.risks().stream().map(r -> new Risk(copy.fresh(r.id()), r.code(), r.title(),
                r.description(), r.category(), r.likelihood(), r.impact(), r.treatment(), r.status(),
                r.ownerId() == null ? null : copy.existing(r.ownerId()), r.reviewBy(), r.acceptance(),
                r.mitigations().stream().map(m -> new Mitigation(copy.fresh(m.id()), m.controlId(), m.title(),
                        m.state(), m.effectiveness())).toList())).toList();
        List<AnalysisItem> analysis = source.analysis().stream().map(a -> new AnalysisItem(copy.fresh(a.id()),
                a.kind(), a.category(), a.title(), a.notes(), a.impact(), a.likelihood(),
                copy.existing(a.linkedRiskIds()))).toList();
        List<CanvasNote> canvas = source.canvas().stream().map(n -> new CanvasNote(copy.fresh(n.id()), n.block(),
                n.text(), n.color(), n.position(), n.evidence(), copy.existing(n.linkedRiskIds()))).toList();
        List<Snapshot> snapshots = source.snapshots().stream().map(s -> new Snapshot(copy.fresh(s.id()),
                s.takenAt(), s.label(), s.formula(), s.overall(), s.areas())).toList();
        return new Project(copy.fresh(source.id()), name, source.summary(), source.language(), source.stage(),
                source.sectors(), source.markets(), source.profile(), source.riskAppetite(), source.createdAt(),
                source.updatedAt(), analysis, risks, canvas, team, source.practices(), snapshots);
    }

    /** A new id for {@code old}; a supplier that repeats itself is caught by the copy's own uniqueness check. */
    private UUID fresh(UUID old) {
        UUID next = ids.get();
        remapped.put(old, next);
        return next;
    }

    /** The copy's id for a reference; a valid source only refers to ids it holds, so it is always there. */
    private UUID existing(UUID old) {
        return remapped.get(old);
    }

    private List<UUID> existing(List<UUID> olds) {
        return olds.stream().map(this::existing).toList();
    }
}
