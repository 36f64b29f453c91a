package org.aiventure.workbook.store;

import static org.aiventure.workbook.store.Columns.date;
import static org.aiventure.workbook.store.Columns.instant;
import static org.aiventure.workbook.store.Columns.score;
import static org.aiventure.workbook.store.Columns.uuid;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Profile;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;

/**
 * Reads projects back into immutable domain records. One query per table, each walking its
 * {@code (parent, ord)} index, so a project of any size is a dozen queries and every list comes back in the
 * order it was saved in. The domain's constructors check the result as they would a file's.
 */
final class ProjectReader {

    /** Reads a row into a value; a grouped query's first column is the parent id and is not passed on. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static final Comparator<ProjectSummary> BY_NAME = Comparator
            .comparing(ProjectSummary::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ProjectSummary::name)
            .thenComparing(ProjectSummary::id);

    private final Connection connection;

    ProjectReader(Connection connection) {
        this.connection = connection;
    }

    /** The projects that are (or, with {@code deleted}, are not) in the trash, sorted by name ignoring case. */
    List<ProjectSummary> summaries(boolean deleted) throws SQLException {
        String sql = "SELECT id, name, stage, updated_at, revision FROM project WHERE deleted_at IS "
                + (deleted ? "NOT NULL" : "NULL");
        List<ProjectSummary> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new ProjectSummary(uuid(rs.getString(1)), rs.getString(2), Stage.valueOf(rs.getString(3)),
                        instant(rs.getString(4)), rs.getLong(5)));
            }
        }
        list.sort(BY_NAME);
        return list;
    }

    /** The project with its revision, or null when there is none with this id or it is in the trash. */
    StoredProject read(UUID id) throws SQLException {
        return read(id, false);
    }

    /** The project with its revision, from the trash too if {@code orTrashed}; null when there is none. */
    StoredProject read(UUID id, boolean orTrashed) throws SQLException {
        String pid = id.toString();
        String name;
        String summary;
        Language language;
        Stage stage;
        int appetite;
        String createdAt;
        String updatedAt;
        long revision;
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, summary, language, stage,"
                + " risk_appetite, created_at, updated_at, revision FROM project WHERE id = ?"
                + (orTrashed ? "" : " AND deleted_at IS NULL"))) {
            ps.setString(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                name = rs.getString(1);
                summary = rs.getString(2);
                language = Language.ofTag(rs.getString(3));
                stage = Stage.valueOf(rs.getString(4));
                appetite = rs.getInt(5);
                createdAt = rs.getString(6);
                updatedAt = rs.getString(7);
                revision = rs.getLong(8);
            }
        }
        List<Sector> sectors = list("SELECT sector FROM project_sector WHERE project_id = ? ORDER BY ord", pid,
                rs -> Sector.valueOf(rs.getString(1)));
        List<Market> markets = list("SELECT market FROM project_market WHERE project_id = ? ORDER BY ord", pid,
                rs -> Market.valueOf(rs.getString(1)));
        Set<ProfileFact> facts = EnumSet.noneOf(ProfileFact.class);
        facts.addAll(list("SELECT fact FROM profile_fact WHERE project_id = ?", pid,
                rs -> ProfileFact.ofKey(rs.getString(1))));
        Project project = new Project(id, name, summary, language, stage, sectors, markets, new Profile(facts),
                appetite, instant(createdAt), instant(updatedAt), analysis(pid), risks(pid), canvas(pid), team(pid),
                practices(pid), snapshots(pid));
        return new StoredProject(project, revision);
    }

    private List<Risk> risks(String pid) throws SQLException {
        Map<String, List<Mitigation>> mitigations = grouped("SELECT m.risk_id, m.id, m.control_id, m.title,"
                + " m.state, m.effectiveness FROM risk r JOIN mitigation m ON m.risk_id = r.id"
                + " WHERE r.project_id = ? ORDER BY r.ord, m.ord", pid,
                rs -> new Mitigation(uuid(rs.getString(2)), rs.getString(3), rs.getString(4),
                        MitigationState.valueOf(rs.getString(5)), rs.getInt(6)));
        return list("SELECT id, code, title, description, category, likelihood, impact, treatment, status,"
                + " owner_id, review_by, acceptance_rationale, acceptance_expires FROM risk WHERE project_id = ?"
                + " ORDER BY ord", pid, rs -> {
                    String rationale = rs.getString(12);
                    Acceptance acceptance = rationale == null ? null
                            : new Acceptance(rationale, date(rs.getString(13)));
                    String riskId = rs.getString(1);
                    return new Risk(uuid(riskId), rs.getString(2), rs.getString(3), rs.getString(4),
                            RiskCategory.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7),
                            Treatment.valueOf(rs.getString(8)), RiskStatus.valueOf(rs.getString(9)),
                            uuid(rs.getString(10)), date(rs.getString(11)), acceptance,
                            mitigations.getOrDefault(riskId, List.of()));
                });
    }

    private List<AnalysisItem> analysis(String pid) throws SQLException {
        Map<String, List<UUID>> links = grouped("SELECT l.item_id, l.risk_id FROM analysis_item a"
                + " JOIN analysis_link l ON l.item_id = a.id WHERE a.project_id = ? ORDER BY a.ord, l.ord", pid,
                rs -> uuid(rs.getString(2)));
        return list("SELECT id, kind, category, title, notes, impact, likelihood FROM analysis_item"
                + " WHERE project_id = ? ORDER BY ord", pid,
                rs -> new AnalysisItem(uuid(rs.getString(1)), AnalysisKind.valueOf(rs.getString(2)),
                        AnalysisCategory.of(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getInt(7), links.getOrDefault(rs.getString(1), List.of())));
    }

    private List<CanvasNote> canvas(String pid) throws SQLException {
        Map<String, List<UUID>> links = grouped("SELECT l.note_id, l.risk_id FROM canvas_note n"
                + " JOIN canvas_link l ON l.note_id = n.id WHERE n.project_id = ? ORDER BY n.ord, l.ord", pid,
                rs -> uuid(rs.getString(2)));
        return list("SELECT id, block, text, color, position, evidence FROM canvas_note WHERE project_id = ?"
                + " ORDER BY ord", pid,
                rs -> new CanvasNote(uuid(rs.getString(1)), CanvasBlock.valueOf(rs.getString(2)), rs.getString(3),
                        NoteColor.valueOf(rs.getString(4)), rs.getInt(5), Evidence.valueOf(rs.getString(6)),
                        links.getOrDefault(rs.getString(1), List.of())));
    }

    private List<TeamEntry> team(String pid) throws SQLException {
        Map<String, List<RiskCategory>> covers = grouped("SELECT c.entry_id, c.category FROM team_entry t"
                + " JOIN team_cover c ON c.entry_id = t.id WHERE t.project_id = ? ORDER BY t.ord, c.ord", pid,
                rs -> RiskCategory.valueOf(rs.getString(2)));
        return list("SELECT id, role, title, status, person, notes FROM team_entry WHERE project_id = ?"
                + " ORDER BY ord", pid,
                rs -> new TeamEntry(uuid(rs.getString(1)), Role.valueOf(rs.getString(2)), rs.getString(3),
                        TeamStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        covers.getOrDefault(rs.getString(1), List.of())));
    }

    private List<Practice> practices(String pid) throws SQLException {
        return list("SELECT key, done, evidence FROM practice WHERE project_id = ? ORDER BY ord", pid,
                rs -> new Practice(PracticeKey.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3)));
    }

    private List<Snapshot> snapshots(String pid) throws SQLException {
        return list("SELECT id, taken_at, label, formula, overall, area_risks, area_team, area_canvas,"
                + " area_analysis FROM snapshot WHERE project_id = ? ORDER BY ord", pid, rs -> {
                    Map<Area, BigDecimal> areas = new EnumMap<>(Area.class);
                    areas.put(Area.RISKS, score(rs.getString(6)));
                    areas.put(Area.TEAM, score(rs.getString(7)));
                    areas.put(Area.CANVAS, score(rs.getString(8)));
                    areas.put(Area.ANALYSIS, score(rs.getString(9)));
                    return new Snapshot(uuid(rs.getString(1)), instant(rs.getString(2)), rs.getString(3),
                            rs.getString(4), score(rs.getString(5)), areas);
                });
    }

    private <T> List<T> list(String sql, String pid, Row<T> row) throws SQLException {
        List<T> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(row.read(rs));
                }
            }
        }
        return list;
    }

    /** Rows grouped by the parent id in column 1, each group in query order. */
    private <T> Map<String, List<T>> grouped(String sql, String pid, Row<T> row) throws SQLException {
        Map<String, List<T>> groups = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(row.read(rs));
                }
            }
        }
        return groups;
    }
}
