package org.aiventure.workbook.store;

import static org.aiventure.workbook.store.Columns.text;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.domain.TeamEntry;

/**
 * Saves an edit as the difference between the project before and after it: removed rows are deleted, added
 * rows inserted, changed rows updated and {@code ord} rewritten only for rows whose position changed. Every
 * delete runs before any insert, so an element that moves between parents (a mitigation to another risk)
 * never meets itself; references across the project are checked at commit (deferred foreign keys).
 */
final class ProjectDiffWriter {

    private static final String BUMP = "UPDATE project SET name = ?, summary = ?, language = ?, stage = ?,"
            + " risk_appetite = ?, created_at = ?, updated_at = ?, revision = revision + 1"
            + " WHERE id = ? AND revision = ? AND deleted_at IS NULL";
    private static final String RISK = "UPDATE risk SET ord = ?, code = ?, title = ?, description = ?,"
            + " category = ?, likelihood = ?, impact = ?, treatment = ?, status = ?, owner_id = ?, review_by = ?,"
            + " acceptance_rationale = ?, acceptance_expires = ? WHERE id = ?";
    private static final String MITIGATION = "UPDATE mitigation SET ord = ?, control_id = ?, title = ?, state = ?,"
            + " effectiveness = ? WHERE id = ?";
    private static final String ITEM = "UPDATE analysis_item SET ord = ?, kind = ?, category = ?, title = ?,"
            + " notes = ?, impact = ?, likelihood = ? WHERE id = ?";
    private static final String NOTE = "UPDATE canvas_note SET ord = ?, block = ?, text = ?, color = ?,"
            + " position = ?, evidence = ? WHERE id = ?";
    private static final String TEAM = "UPDATE team_entry SET ord = ?, role = ?, title = ?, status = ?,"
            + " person = ?, notes = ? WHERE id = ?";

    private final Statements statements;
    private final ProjectWriter inserts;
    /** Work of the second pass, queued while the first pass deletes. */
    private final List<SqlStep> later = new ArrayList<>();

    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }

    ProjectDiffWriter(Statements statements, ProjectWriter inserts) {
        this.statements = statements;
        this.inserts = inserts;
    }

    /**
     * Writes {@code after} over {@code before} if the stored revision is still {@code baseRevision}; else
     * throws {@link StaleRevisionException} having written nothing (the revision check is the first write).
     */
    StoredProject save(Path file, long baseRevision, Project before, Project after) throws SQLException {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("before and after are different projects");
        }
        UUID pid = after.id();
        if (statements.update(BUMP, after.name(), after.summary(), after.language().tag(), after.stage().name(),
                after.riskAppetite(), text(after.createdAt()), text(after.updatedAt()), text(pid), baseRevision) == 0) {
            throw refusal(file, pid, baseRevision);
        }
        later.clear();
        try {
            if (!before.sectors().equals(after.sectors())) {
                statements.update("DELETE FROM project_sector WHERE project_id = ?", text(pid));
                later.add(() -> inserts.sectors(pid, after.sectors()));
            }
            if (!before.markets().equals(after.markets())) {
                statements.update("DELETE FROM project_market WHERE project_id = ?", text(pid));
                later.add(() -> inserts.markets(pid, after.markets()));
            }
            if (!before.profile().equals(after.profile())) {
                statements.update("DELETE FROM profile_fact WHERE project_id = ?", text(pid));
                later.add(() -> inserts.profile(pid, after.profile().yes()));
            }
            if (!before.practices().equals(after.practices())) {
                statements.update("DELETE FROM practice WHERE project_id = ?", text(pid));
                later.add(() -> inserts.practices(pid, after.practices()));
            }
            team(pid, before.team(), after.team());
            risks(pid, before.risks(), after.risks());
            analysis(pid, before.analysis(), after.analysis());
            canvas(pid, before.canvas(), after.canvas());
            snapshots(pid, before.snapshots(), after.snapshots());
            for (SqlStep step : later) {
                step.run();
            }
            inserts.flush();
        } finally {
            later.clear();
        }
        return new StoredProject(after, baseRevision + 1);
    }

    private void team(UUID pid, List<TeamEntry> before, List<TeamEntry> after) throws SQLException {
        ListDiff<TeamEntry> diff = ListDiff.of(before, after, TeamEntry::id);
        for (TeamEntry t : diff.removed()) {
            statements.update("DELETE FROM team_entry WHERE id = ?", text(t.id()));
        }
        for (ListDiff.Kept<TeamEntry> k : diff.kept()) {
            TeamEntry t = k.after();
            if (!k.changed()) {
                later.add(() -> statements.update("UPDATE team_entry SET ord = ? WHERE id = ?", k.ord(), text(t.id())));
                continue;
            }
            later.add(() -> statements.update(TEAM, k.ord(), t.role().name(), t.title(), t.status().name(),
                    t.person(), t.notes(), text(t.id())));
            if (!k.before().covers().equals(t.covers())) {
                statements.update("DELETE FROM team_cover WHERE entry_id = ?", text(t.id()));
                later.add(() -> inserts.covers(t));
            }
        }
        for (ListDiff.Added<TeamEntry> a : diff.added()) {
            later.add(() -> inserts.teamEntry(pid, a.element(), a.ord()));
        }
    }

    private void risks(UUID pid, List<Risk> before, List<Risk> after) throws SQLException {
        ListDiff<Risk> diff = ListDiff.of(before, after, Risk::id);
        for (Risk r : diff.removed()) {
            statements.update("DELETE FROM risk WHERE id = ?", text(r.id()));
        }
        for (ListDiff.Kept<Risk> k : diff.kept()) {
            Risk r = k.after();
            if (!k.changed()) {
                later.add(() -> statements.update("UPDATE risk SET ord = ? WHERE id = ?", k.ord(), text(r.id())));
                continue;
            }
            boolean accepted = r.acceptance() != null;
            later.add(() -> statements.update(RISK, k.ord(), r.code(), r.title(), r.description(),
                    r.category().name(), r.likelihood(), r.impact(), r.treatment().name(), r.status().name(),
                    text(r.ownerId()), text(r.reviewBy()), accepted ? r.acceptance().rationale() : null,
                    accepted ? text(r.acceptance().expires()) : null, text(r.id())));
            mitigations(r.id(), k.before().mitigations(), r.mitigations());
        }
        for (ListDiff.Added<Risk> a : diff.added()) {
            later.add(() -> inserts.risk(pid, a.element(), a.ord()));
        }
    }

    private void mitigations(UUID riskId, List<Mitigation> before, List<Mitigation> after) throws SQLException {
        ListDiff<Mitigation> diff = ListDiff.of(before, after, Mitigation::id);
        for (Mitigation m : diff.removed()) {
            statements.update("DELETE FROM mitigation WHERE id = ?", text(m.id()));
        }
        for (ListDiff.Kept<Mitigation> k : diff.kept()) {
            Mitigation m = k.after();
            later.add(() -> statements.update(MITIGATION, k.ord(), m.controlId(), m.title(), m.state().name(),
                    m.effectiveness(), text(m.id())));
        }
        for (ListDiff.Added<Mitigation> a : diff.added()) {
            later.add(() -> inserts.mitigation(riskId, a.element(), a.ord()));
        }
    }

    private void analysis(UUID pid, List<AnalysisItem> before, List<AnalysisItem> after) throws SQLException {
        ListDiff<AnalysisItem> diff = ListDiff.of(before, after, AnalysisItem::id);
        for (AnalysisItem a : diff.removed()) {
            statements.update("DELETE FROM analysis_item WHERE id = ?", text(a.id()));
        }
        for (ListDiff.Kept<AnalysisItem> k : diff.kept()) {
            AnalysisItem a = k.after();
            if (!k.changed()) {
                later.add(() -> statements.update("UPDATE analysis_item SET ord = ? WHERE id = ?", k.ord(),
                        text(a.id())));
                continue;
            }
            later.add(() -> statements.update(ITEM, k.ord(), a.kind().name(), a.category().name(), a.title(),
                    a.notes(), a.impact(), a.likelihood(), text(a.id())));
            if (!k.before().linkedRiskIds().equals(a.linkedRiskIds())) {
                statements.update("DELETE FROM analysis_link WHERE item_id = ?", text(a.id()));
                later.add(() -> inserts.analysisLinks(a));
            }
        }
        for (ListDiff.Added<AnalysisItem> a : diff.added()) {
            later.add(() -> inserts.analysisItem(pid, a.element(), a.ord()));
        }
    }

    private void canvas(UUID pid, List<CanvasNote> before, List<CanvasNote> after) throws SQLException {
        ListDiff<CanvasNote> diff = ListDiff.of(before, after, CanvasNote::id);
        for (CanvasNote n : diff.removed()) {
            statements.update("DELETE FROM canvas_note WHERE id = ?", text(n.id()));
        }
        for (ListDiff.Kept<CanvasNote> k : diff.kept()) {
            CanvasNote n = k.after();
            if (!k.changed()) {
                later.add(() -> statements.update("UPDATE canvas_note SET ord = ? WHERE id = ?", k.ord(),
                        text(n.id())));
                continue;
            }
            later.add(() -> statements.update(NOTE, k.ord(), n.block().name(), n.text(), n.color().name(),
                    n.position(), n.evidence().name(), text(n.id())));
            if (!k.before().linkedRiskIds().equals(n.linkedRiskIds())) {
                statements.update("DELETE FROM canvas_link WHERE note_id = ?", text(n.id()));
                later.add(() -> inserts.canvasLinks(n));
            }
        }
        for (ListDiff.Added<CanvasNote> a : diff.added()) {
            later.add(() -> inserts.canvasNote(pid, a.element(), a.ord()));
        }
    }

    /** Snapshots are records of a moment and rarely change: a changed one is replaced whole. */
    private void snapshots(UUID pid, List<Snapshot> before, List<Snapshot> after) throws SQLException {
        ListDiff<Snapshot> diff = ListDiff.of(before, after, Snapshot::id);
        for (Snapshot s : diff.removed()) {
            statements.update("DELETE FROM snapshot WHERE id = ?", text(s.id()));
        }
        for (ListDiff.Kept<Snapshot> k : diff.kept()) {
            if (!k.changed()) {
                later.add(() -> statements.update("UPDATE snapshot SET ord = ? WHERE id = ?", k.ord(),
                        text(k.after().id())));
                continue;
            }
            statements.update("DELETE FROM snapshot WHERE id = ?", text(k.before().id()));
            later.add(() -> inserts.snapshot(pid, k.after(), k.ord()));
        }
        for (ListDiff.Added<Snapshot> a : diff.added()) {
            later.add(() -> inserts.snapshot(pid, a.element(), a.ord()));
        }
    }

    /** Why the revision check matched no row: the project is gone, or someone saved since it was loaded. */
    private WorkbookStoreException refusal(Path file, UUID pid, long baseRevision) throws SQLException {
        PreparedStatement ps = statements.get("SELECT name, revision FROM project WHERE id = ?");
        ps.setString(1, text(pid));
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getLong(2) != baseRevision) {
                return new StaleRevisionException(file.toString(), rs.getString(1), baseRevision, rs.getLong(2));
            }
        }
        return new WorkbookStoreException("store.error.noProject", file, pid);
    }
}
