package org.aiventure.workbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One step of the schema: what brings a database from {@code version - 1} to {@code version}. Steps run in
 * order inside the writer's transaction; the runner sets {@code user_version} afterwards.
 */
record Migration(int version, String description, Step step) {

    /** The statements of a step, run on the write connection inside a transaction. */
    @FunctionalInterface
    interface Step {
        void apply(Connection connection) throws SQLException;
    }

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("schema versions start at 1: " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(step, "step");
    }
}
