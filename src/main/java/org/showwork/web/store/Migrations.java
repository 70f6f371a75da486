package org.showwork.web.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as numbered migrations applied in order. The file records the last one applied in
 * SQLite's {@code user_version}; each migration and its new version are one transaction, so a file is
 * never half-migrated. A file from a newer showwork (a version beyond the last here) is refused
 * rather than guessed at. Add a migration at the end; never change one that has shipped.
 */
final class Migrations {
    private Migrations() {}

    static final List<List<String>> STEPS = List.of(
            // 1: personal links, attempts, their answers as typed, and reveals
            List.of("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE student_link (token TEXT PRIMARY KEY, class_key TEXT NOT NULL, student_id TEXT NOT NULL, "
                            + "created_at INTEGER NOT NULL, UNIQUE (class_key, student_id))",
                    "CREATE TABLE attempt (id INTEGER PRIMARY KEY, class_key TEXT NOT NULL, student_id TEXT NOT NULL, "
                            + "score TEXT, max_score TEXT, checks INTEGER NOT NULL DEFAULT 0, started_at INTEGER NOT NULL, "
                            + "last_activity INTEGER NOT NULL, UNIQUE (class_key, student_id))",
                    "CREATE TABLE answer (attempt_id INTEGER NOT NULL REFERENCES attempt (id), quantity TEXT NOT NULL, "
                            + "text TEXT NOT NULL, saved_at INTEGER NOT NULL, PRIMARY KEY (attempt_id, quantity))",
                    "CREATE TABLE reveal (attempt_id INTEGER NOT NULL REFERENCES attempt (id), quantity TEXT NOT NULL, "
                            + "revealed_at INTEGER NOT NULL, PRIMARY KEY (attempt_id, quantity))"),
            // 2: the dashboard lists a class by last activity
            List.of("CREATE INDEX attempt_by_activity ON attempt (class_key, last_activity)"));

    static int latest() {
        return STEPS.size();
    }

    static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    static void apply(Connection connection) throws SQLException {
        apply(connection, latest());
    }

    /** Applies the migrations after the file's version up to {@code target}. */
    static void apply(Connection connection, int target) throws SQLException {
        int current = version(connection);
        if (current > latest()) {
            throw new SQLException("the database is at schema version " + current + ", made by a newer showwork (this one "
                    + "knows up to " + latest() + "); use that showwork, or another --data folder");
        }
        for (int v = current + 1; v <= target; v++) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : STEPS.get(v - 1)) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + v);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
