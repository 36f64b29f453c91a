package org.aiventure.workbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of one connection, prepared once and reused: a save of one edit then costs the
 * execution of a few statements, not their compilation.
 */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /** Sets the parameters in order and executes; returns the number of rows changed. */
    int update(String sql, Object... params) throws SQLException {
        PreparedStatement ps = get(sql);
        bind(ps, params);
        return ps.executeUpdate();
    }

    /** Sets the parameters in order and adds them to the statement's batch. */
    void batch(String sql, Object... params) throws SQLException {
        PreparedStatement ps = get(sql);
        bind(ps, params);
        ps.addBatch();
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : prepared.values()) {
            ps.close();
        }
        prepared.clear();
    }
}
