package org.aiventure.workbook.store;

import static org.aiventure.workbook.store.Columns.text;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.domain.TeamEntry;

/**
 * Inserts rows of a project. Rows go into per-table batches of reused statements and reach SQLite at
 * {@link #flush()}, parents before children, so a 10,000-risk project is a few batch executions in one
 * transaction rather than tens of thousands of round trips.
 */
final class ProjectWriter {

    static final String PROJECT = "INSERT INTO project (id, name, summary, language, stage, risk_appetite,"
            + " created_at, updated_at, revision, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)";
    static final String SECTOR = "INSERT INTO project_sector (project_id, ord, sector) VALUES (?, ?, ?)";
    static final String MARKET = "INSERT INTO project_market (project_id, ord, market) VALUES (?, ?, ?)";
    static final String FACT = "INSERT INTO profile_fact (project_id, fact) VALUES (?, ?)";
    static final String TEAM = "INSERT INTO team_entry (id, project_id, ord, role, title, status, person, notes)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String COVER = "INSERT INTO team_cover (entry_id, ord, category) VALUES (?, ?, ?)";
    static final String RISK = "INSERT INTO risk (id, project_id, ord, code, title, description, category,"
            + " likelihood, impact, treatment, status, owner_id, review_by, acceptance_rationale,"
            + " acceptance_expires) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String MITIGATION = "INSERT INTO mitigation (id, risk_id, ord, control_id, title, state,"
            + " effectiveness) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String ITEM = "INSERT INTO analysis_item (id, project_id, ord, kind, category, title, notes,"
            + " impact, likelihood) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String ITEM_LINK = "INSERT INTO analysis_link (item_id, ord, risk_id) VALUES (?, ?, ?)";
    static final String NOTE = "INSERT INTO canvas_note (id, project_id, ord, block, text, color, position,"
            + " evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String NOTE_LINK = "INSERT INTO canvas_link (note_id, ord, risk_id) VALUES (?, ?, ?)";
    static final String PRACTICE = "INSERT INTO practice (project_id, ord, key, done, evidence)"
            + " VALUES (?, ?, ?, ?, ?)";
    static final String SNAPSHOT = "INSERT INTO snapshot (id, project_id, ord, taken_at, label, formula,"
            + " overall, area_risks, area_team, area_canvas, area_analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Batches run in this order: a row's parent (immediate foreign key) is always in an earlier batch. */
    private static final List<String> FLUSH_ORDER = List.of(SECTOR, MARKET, FACT, TEAM, COVER, RISK, MITIGATION,
            ITEM, ITEM_LINK, NOTE, NOTE_LINK, PRACTICE, SNAPSHOT);

    private final Statements statements;
    private final Set<String> pending = new HashSet<>();

    ProjectWriter(Statements statements) {
        this.statements = statements;
    }

    /** Inserts a whole project at {@code revision}, every list in its order. */
    void insert(Project p, long revision) throws SQLException {
        UUID id = p.id();
        statements.update(PROJECT, text(id), p.name(), p.summary(), p.language().tag(), p.stage().name(),
                p.riskAppetite(), text(p.createdAt()), text(p.updatedAt()), revision);
        sectors(id, p.sectors());
        markets(id, p.markets());
        profile(id, p.profile().yes());
        for (int i = 0; i < p.team().size(); i++) {
            teamEntry(id, p.team().get(i), i);
        }
        for (int i = 0; i < p.risks().size(); i++) {
            risk(id, p.risks().get(i), i);
        }
        for (int i = 0; i < p.analysis().size(); i++) {
            analysisItem(id, p.analysis().get(i), i);
        }
        for (int i = 0; i < p.canvas().size(); i++) {
            canvasNote(id, p.canvas().get(i), i);
        }
        practices(id, p.practices());
        for (int i = 0; i < p.snapshots().size(); i++) {
            snapshot(id, p.snapshots().get(i), i);
        }
        flush();
    }

    void sectors(UUID projectId, List<Sector> sectors) throws SQLException {
        for (int i = 0; i < sectors.size(); i++) {
            add(SECTOR, text(projectId), i, sectors.get(i).name());
        }
    }

    void markets(UUID projectId, List<Market> markets) throws SQLException {
        for (int i = 0; i < markets.size(); i++) {
            add(MARKET, text(projectId), i, markets.get(i).name());
        }
    }

    void profile(UUID projectId, Set<ProfileFact> yes) throws SQLException {
        for (ProfileFact fact : yes) {
            add(FACT, text(projectId), fact.key());
        }
    }

    void teamEntry(UUID projectId, TeamEntry t, int ord) throws SQLException {
        add(TEAM, text(t.id()), text(projectId), ord, t.role().name(), t.title(), t.status().name(), t.person(),
                t.notes());
        covers(t);
    }

    void covers(TeamEntry t) throws SQLException {
        List<RiskCategory> covers = t.covers();
        for (int i = 0; i < covers.size(); i++) {
            add(COVER, text(t.id()), i, covers.get(i).name());
        }
    }

    /** The risk with its mitigations. */
    void risk(UUID projectId, Risk r, int ord) throws SQLException {
        boolean accepted = r.acceptance() != null;
        add(RISK, text(r.id()), text(projectId), ord, r.code(), r.title(), r.description(), r.category().name(),
                r.likelihood(), r.impact(), r.treatment().name(), r.status().name(), text(r.ownerId()),
                text(r.reviewBy()), accepted ? r.acceptance().rationale() : null,
                accepted ? text(r.acceptance().expires()) : null);
        for (int i = 0; i < r.mitigations().size(); i++) {
            mitigation(r.id(), r.mitigations().get(i), i);
        }
    }

    void mitigation(UUID riskId, Mitigation m, int ord) throws SQLException {
        add(MITIGATION, text(m.id()), text(riskId), ord, m.controlId(), m.title(), m.state().name(),
                m.effectiveness());
    }

    void analysisItem(UUID projectId, AnalysisItem a, int ord) throws SQLException {
        add(ITEM, text(a.id()), text(projectId), ord, a.kind().name(), a.category().name(), a.title(), a.notes(),
                a.impact(), a.likelihood());
        links(ITEM_LINK, a.id(), a.linkedRiskIds());
    }

    void analysisLinks(AnalysisItem a) throws SQLException {
        links(ITEM_LINK, a.id(), a.linkedRiskIds());
    }

    void canvasNote(UUID projectId, CanvasNote n, int ord) throws SQLException {
        add(NOTE, text(n.id()), text(projectId), ord, n.block().name(), n.text(), n.color().name(), n.position(),
                n.evidence().name());
        links(NOTE_LINK, n.id(), n.linkedRiskIds());
    }

    void canvasLinks(CanvasNote n) throws SQLException {
        links(NOTE_LINK, n.id(), n.linkedRiskIds());
    }

    void practices(UUID projectId, List<Practice> practices) throws SQLException {
        for (int i = 0; i < practices.size(); i++) {
            Practice p = practices.get(i);
            add(PRACTICE, text(projectId), i, p.key().name(), p.done(), p.evidence());
        }
    }

    void snapshot(UUID projectId, Snapshot s, int ord) throws SQLException {
        add(SNAPSHOT, text(s.id()), text(projectId), ord, text(s.takenAt()), s.label(), s.formula(),
                text(s.overall()), text(s.areas().get(Area.RISKS)), text(s.areas().get(Area.TEAM)),
                text(s.areas().get(Area.CANVAS)), text(s.areas().get(Area.ANALYSIS)));
    }

    /** Executes every pending batch, parents first. */
    void flush() throws SQLException {
        for (String sql : FLUSH_ORDER) {
            if (pending.remove(sql)) {
                statements.get(sql).executeBatch();
            }
        }
    }

    /** Drops rows batched but not flushed, after a failed write, so they cannot leak into the next one. */
    void discard() throws SQLException {
        for (String sql : pending) {
            statements.get(sql).clearBatch();
        }
        pending.clear();
    }

    private void links(String sql, UUID ownerId, List<UUID> riskIds) throws SQLException {
        for (int i = 0; i < riskIds.size(); i++) {
            add(sql, text(ownerId), i, text(riskIds.get(i)));
        }
    }

    private void add(String sql, Object... params) throws SQLException {
        statements.batch(sql, params);
        pending.add(sql);
    }
}
