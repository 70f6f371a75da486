package org.showwork.web.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The web app's SQLite file, opened once and migrated to the current schema. One connection serves
 * every request, one unit of work at a time: SQLite has a single writer anyway, and each unit is a
 * few statements. A write runs as one transaction, committed before it returns, so a save the app
 * acknowledges survives the process being killed (write-ahead log, synced on checkpoint).
 */
public final class Database implements AutoCloseable {

    /** A unit of work on the connection; a write is committed when it returns and rolled back when it throws. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection) {
        this.connection = connection;
    }

    /** Opens (or creates) the database in {@code file} and brings its schema up to date. */
    public static Database open(Path file) throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new SQLException(file.getParent() + ": cannot be made (" + e.getMessage() + ")", e);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // NORMAL in WAL mode: a commit is in the log before it returns, so it survives the process being
            // killed; only a power cut could lose the last transactions
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=5000");
        }
        Migrations.apply(connection);
        return new Database(connection);
    }

    public <T> T read(Work<T> work) throws SQLException {
        lock.lock();
        try {
            return work.run(connection);
        } finally {
            lock.unlock();
        }
    }

    public <T> T write(Work<T> work) throws SQLException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The schema version the file is at. */
    public int version() throws SQLException {
        return read(Migrations::version);
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            connection.close();
        } finally {
            lock.unlock();
        }
    }
}
