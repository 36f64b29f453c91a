package org.aiventure.workbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database layout, version by version. Every list of a project has an {@code ord} column so a project
 * comes back in the founder's order (an export must round-trip byte for byte). A row's own parent (project,
 * risk, item, note, entry) is an immediate foreign key that cascades; references across the project (a
 * risk's owner, a link to a risk) are DEFERRABLE INITIALLY DEFERRED, so one transaction may delete and insert
 * in any order and is checked at commit. Ids are the domain's UUIDs as text; instants, dates and scores are
 * text too, so they come back exactly ("48.0" stays "48.0").
 */
final class Schema {

    /** {@code PRAGMA application_id}: "AIVW". Lets a foreign SQLite file be recognised before any write. */
    static final int APPLICATION_ID = 0x41495657;

    /** The migrations of this version of the app, in order; the last one's version is the current schema. */
    static final List<Migration> MIGRATIONS = List.of(new Migration(1, "first schema", Schema::createVersion1));

    private static final String[] VERSION_1 = {
        """
        CREATE TABLE project (
          id TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          summary TEXT NOT NULL,
          language TEXT NOT NULL,
          stage TEXT NOT NULL,
          risk_appetite INTEGER NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          revision INTEGER NOT NULL,
          deleted_at TEXT
        )""",
        """
        CREATE TABLE project_sector (
          project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          sector TEXT NOT NULL,
          PRIMARY KEY (project_id, ord)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE project_market (
          project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          market TEXT NOT NULL,
          PRIMARY KEY (project_id, ord)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE profile_fact (
          project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
          fact TEXT NOT NULL,
          PRIMARY KEY (project_id, fact)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE team_entry (
          id TEXT PRIMARY KEY NOT NULL,
          project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          role TEXT NOT NULL,
          title TEXT NOT NULL,
          status TEXT NOT NULL,
          person TEXT NOT NULL,
          notes TEXT NOT NULL
        )""",
        "CREATE INDEX team_entry_by_project ON team_entry(project_id, ord)",
        """
        CREATE TABLE team_cover (
          entry_id TEXT NOT NULL REFERENCES team_entry(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          category TEXT NOT NULL,
          PRIMARY KEY (entry_id, ord)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE risk (
          id TEXT PRIMARY KEY NOT NULL,
          project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          code TEXT NOT NULL,
          title TEXT NOT NULL,
          description TEXT NOT NULL,
          category TEXT NOT NULL,
          likelihood INTEGER NOT NULL,
          impact INTEGER NOT NULL,
          treatment TEXT NOT NULL,
          status TEXT NOT NULL,
          owner_id TEXT REFERENCES team_entry(id) DEFERRABLE INITIALLY DEFERRED,
          review_by TEXT,
          acceptance_rationale TEXT,
          acceptance_expires TEXT,
          CHECK (acceptance_rationale IS NOT NULL OR acceptance_expires IS NULL)
        )""",
        "CREATE INDEX risk_by_project ON risk(project_id, ord)",
        // Deleting a team entry looks up the risks it owns; without this index that is a full scan.
        "CREATE INDEX risk_by_owner ON risk(owner_id)",
        """
        CREATE TABLE mitigation (
          id TEXT PRIMARY KEY NOT NULL,
          risk_id TEXT NOT NULL REFERENCES risk(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          control_id TEXT,
          title TEXT NOT NULL,
          state TEXT NOT NULL,
          effectiveness INTEGER NOT NULL
        )""",
        "CREATE INDEX mitigation_by_risk ON mitigation(risk_id, ord)",
        """
        CREATE TABLE analysis_item (
          id TEXT PRIMARY KEY NOT NULL,
          project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          kind TEXT NOT NULL,
          category TEXT NOT NULL,
          title TEXT NOT NULL,
          notes TEXT NOT NULL,
          impact INTEGER NOT NULL,
          likelihood INTEGER NOT NULL
        )""",
        "CREATE INDEX analysis_item_by_project ON analysis_item(project_id, ord)",
        """
        CREATE TABLE analysis_link (
          item_id TEXT NOT NULL REFERENCES analysis_item(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          risk_id TEXT NOT NULL REFERENCES risk(id) DEFERRABLE INITIALLY DEFERRED,
          PRIMARY KEY (item_id, ord)
        ) WITHOUT ROWID""",
        // Deleting a risk checks for links to it; without this index each check scans every link.
        "CREATE INDEX analysis_link_by_risk ON analysis_link(risk_id)",
        """
        CREATE TABLE canvas_note (
          id TEXT PRIMARY KEY NOT NULL,
          project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          block TEXT NOT NULL,
          text TEXT NOT NULL,
          color TEXT NOT NULL,
          position INTEGER NOT NULL,
          evidence TEXT NOT NULL
        )""",
        "CREATE INDEX canvas_note_by_project ON canvas_note(project_id, ord)",
        """
        CREATE TABLE canvas_link (
          note_id TEXT NOT NULL REFERENCES canvas_note(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          risk_id TEXT NOT NULL REFERENCES risk(id) DEFERRABLE INITIALLY DEFERRED,
          PRIMARY KEY (note_id, ord)
        ) WITHOUT ROWID""",
        "CREATE INDEX canvas_link_by_risk ON canvas_link(risk_id)",
        """
        CREATE TABLE practice (
          project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          key TEXT NOT NULL,
          done INTEGER NOT NULL,
          evidence TEXT NOT NULL,
          PRIMARY KEY (project_id, key)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE snapshot (
          id TEXT PRIMARY KEY NOT NULL,
          project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          taken_at TEXT NOT NULL,
          label TEXT NOT NULL,
          formula TEXT NOT NULL,
          overall TEXT NOT NULL,
          area_risks TEXT NOT NULL,
          area_team TEXT NOT NULL,
          area_canvas TEXT NOT NULL,
          area_analysis TEXT NOT NULL
        )""",
        "CREATE INDEX snapshot_by_project ON snapshot(project_id, ord)",
    };

    private Schema() {
    }

    /** The schema version this build writes: the last migration's. */
    static int latestVersion(List<Migration> migrations) {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : VERSION_1) {
                s.execute(sql);
            }
        }
    }
}
