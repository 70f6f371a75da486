package org.showwork.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database's schema: versioned migrations applied in order, a newer file refused, writes all or nothing. */
class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void aFileAtAnOlderVersionIsMigratedAndKeepsItsData() throws Exception {
        Path file = folder.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, 1);
            assertThat(Migrations.version(c)).isEqualTo(1);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO setting (key, value) VALUES ('teacher_token', 'kept')");
            }
        }
        try (Database db = Database.open(file)) {
            assertThat(db.version()).isEqualTo(Migrations.latest()).isGreaterThan(1);
            assertThat(new Links(db).setting("teacher_token", () -> "new")).isEqualTo("kept");
        }
    }

    @Test
    void aFileFromANewerShowworkIsRefused() throws Exception {
        Path file = folder.resolve("new.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.latest() + 1));
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(SQLException.class).hasMessageContaining("newer showwork");
    }

    @Test
    void aSaveThatFailsLeavesNothingBehind() throws Exception {
        try (Database db = Database.open(folder.resolve("t.db"))) {
            Attempts attempts = new Attempts(db);
            Attempts.Student ann = new Attempts.Student("c", "ann");
            attempts.save(ann, Map.of("z[1]", "1"), Set.of(), BigDecimal.ONE, BigDecimal.TEN);
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("UPDATE answer SET text = 'changed'");
                    s.execute("INSERT INTO nowhere VALUES (1)");
                }
                return null;
            })).isInstanceOf(SQLException.class);
            assertThat(attempts.load(ann).answers()).isEqualTo(Map.of("z[1]", "1"));
            attempts.save(ann, Map.of("z[1]", "", "p[1]", "0,5"), Set.of("p[2]"), BigDecimal.ONE, BigDecimal.TEN);
            assertThat(attempts.load(ann).answers()).isEqualTo(Map.of("p[1]", "0,5"));
            assertThat(attempts.load(ann).revealed()).containsExactly("p[2]");
            assertThat(attempts.ofClass("c")).singleElement().satisfies(s -> assertThat(s.checks()).isEqualTo(2));
        }
    }
}
