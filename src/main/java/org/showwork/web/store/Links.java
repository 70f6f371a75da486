package org.showwork.web.store;

import java.util.function.Supplier;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

/**
 * Students' personal links and the server's own secrets. A link's token is 128 random bits from
 * the system's secure generator (22 URL-safe characters): it cannot be guessed, and it opens one
 * student's variant only. Tokens are made once per student and kept, so a link handed out stays
 * good across restarts.
 */
public final class Links {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    public Links(Database db) {
        this.db = db;
    }

    /** A fresh unguessable token. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The student's token, made now if they have none yet. */
    public String tokenFor(Attempts.Student student) throws SQLException {
        return db.write(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT token FROM student_link WHERE class_key = ? AND student_id = ?")) {
                q.setString(1, student.classKey());
                q.setString(2, student.studentId());
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        return r.getString(1);
                    }
                }
            }
            String token = newToken();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO student_link (token, class_key, student_id, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, token);
                insert.setString(2, student.classKey());
                insert.setString(3, student.studentId());
                insert.setLong(4, System.currentTimeMillis());
                insert.executeUpdate();
            }
            return token;
        });
    }

    /** The student a token belongs to. */
    public Optional<Attempts.Student> student(String token) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT class_key, student_id FROM student_link WHERE token = ?")) {
                q.setString(1, token);
                try (ResultSet r = q.executeQuery()) {
                    return r.next() ? Optional.of(new Attempts.Student(r.getString(1), r.getString(2))) : Optional.empty();
                }
            }
        });
    }

    /** A setting kept by the server (its secrets), made by {@code fresh} the first time it is asked for. */
    public String setting(String key, Supplier<String> fresh) throws SQLException {
        return db.write(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                q.setString(1, key);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        return r.getString(1);
                    }
                }
            }
            String value = fresh.get();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, value);
                insert.executeUpdate();
            }
            return value;
        });
    }
}
