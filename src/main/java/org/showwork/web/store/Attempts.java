package org.showwork.web.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the database keeps of students' work in class mode: each student's attempt at their
 * variant (score, how often they checked, when they last worked), their answers as typed, and the
 * cells they revealed. Every save is one transaction: the answers, the reveals and the attempt's
 * score land together or not at all.
 */
public final class Attempts {

    /** A student of a served class. */
    public record Student(String classKey, String studentId) {}

    /** A student's stored work: answers by quantity id as typed, revealed ids, and the attempt's summary. */
    public record Work(Map<String, String> answers, Set<String> revealed) {
        public static final Work NONE = new Work(Map.of(), Set.of());

        public Work {
            answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            revealed = Collections.unmodifiableSet(new LinkedHashSet<>(revealed));
        }
    }

    /** One row of a class's dashboard. */
    public record Summary(String studentId, BigDecimal score, BigDecimal maxScore, int checks, int reveals,
            long startedAt, long lastActivity) {}

    private final Database db;

    public Attempts(Database db) {
        this.db = db;
    }

    public Work load(Student student) throws SQLException {
        return db.read(c -> {
            Long attempt = attemptId(c, student);
            if (attempt == null) {
                return Work.NONE;
            }
            Map<String, String> answers = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT quantity, text FROM answer WHERE attempt_id = ?")) {
                q.setLong(1, attempt);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        answers.put(r.getString(1), r.getString(2));
                    }
                }
            }
            Set<String> revealed = new LinkedHashSet<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT quantity FROM reveal WHERE attempt_id = ? ORDER BY revealed_at, quantity")) {
                q.setLong(1, attempt);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        revealed.add(r.getString(1));
                    }
                }
            }
            return new Work(answers, revealed);
        });
    }

    /**
     * Saves a student's answers (an empty one removes what was there), records newly revealed cells and
     * the attempt's score, in one transaction.
     */
    public void save(Student student, Map<String, String> answers, Set<String> revealed, BigDecimal score,
            BigDecimal maxScore) throws SQLException {
        long now = System.currentTimeMillis();
        db.write(c -> {
            long attempt = ensureAttempt(c, student, now);
            saveAnswers(c, attempt, answers, now);
            try (PreparedStatement reveal = c.prepareStatement(
                    "INSERT OR IGNORE INTO reveal (attempt_id, quantity, revealed_at) VALUES (?, ?, ?)")) {
                for (String id : revealed) {
                    reveal.setLong(1, attempt);
                    reveal.setString(2, id);
                    reveal.setLong(3, now);
                    reveal.addBatch();
                }
                reveal.executeBatch();
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE attempt SET score = ?, max_score = ?, "
                    + "checks = checks + 1, last_activity = ? WHERE id = ?")) {
                update.setString(1, score.toPlainString());
                update.setString(2, maxScore.toPlainString());
                update.setLong(3, now);
                update.setLong(4, attempt);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Upserts the answers that have text and removes those emptied. */
    private static void saveAnswers(Connection c, long attempt, Map<String, String> answers, long now) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO answer (attempt_id, quantity, text, saved_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (attempt_id, quantity) DO UPDATE SET text = excluded.text, "
                + "saved_at = excluded.saved_at WHERE text <> excluded.text");
                PreparedStatement delete = c.prepareStatement("DELETE FROM answer WHERE attempt_id = ? AND quantity = ?")) {
            for (Map.Entry<String, String> a : answers.entrySet()) {
                if (a.getValue().isEmpty()) {
                    delete.setLong(1, attempt);
                    delete.setString(2, a.getKey());
                    delete.addBatch();
                } else {
                    upsert.setLong(1, attempt);
                    upsert.setString(2, a.getKey());
                    upsert.setString(3, a.getValue());
                    upsert.setLong(4, now);
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
            delete.executeBatch();
        }
    }

    /** The attempts of a class, most recent activity first. */
    public List<Summary> ofClass(String classKey) throws SQLException {
        return db.read(c -> {
            List<Summary> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT a.student_id, a.score, a.max_score, a.checks, "
                    + "(SELECT COUNT(*) FROM reveal r WHERE r.attempt_id = a.id), a.started_at, a.last_activity "
                    + "FROM attempt a WHERE a.class_key = ? ORDER BY a.last_activity DESC")) {
                q.setString(1, classKey);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Summary(r.getString(1), decimal(r.getString(2)), decimal(r.getString(3)),
                                r.getInt(4), r.getInt(5), r.getLong(6), r.getLong(7)));
                    }
                }
            }
            return rows;
        });
    }

    public Optional<Summary> summary(Student student) throws SQLException {
        return ofClass(student.classKey()).stream().filter(s -> s.studentId().equals(student.studentId())).findFirst();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? BigDecimal.ZERO : new BigDecimal(text);
    }

    private static Long attemptId(Connection c, Student student) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM attempt WHERE class_key = ? AND student_id = ?")) {
            q.setString(1, student.classKey());
            q.setString(2, student.studentId());
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private static long ensureAttempt(Connection c, Student student, long now) throws SQLException {
        Long id = attemptId(c, student);
        if (id != null) {
            return id;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO attempt (class_key, student_id, started_at, "
                + "last_activity) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, student.classKey());
            insert.setString(2, student.studentId());
            insert.setLong(3, now);
            insert.setLong(4, now);
            insert.executeUpdate();
        }
        return attemptId(c, student);
    }
}
