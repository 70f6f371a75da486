package org.showwork.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.showwork.problem.ProblemException;
import org.showwork.web.security.Limits;
import org.showwork.web.security.Sessions;
import org.showwork.web.store.Attempts;
import org.showwork.web.store.Database;
import org.showwork.web.store.Links;

/**
 * The running app: Javalin on Jetty, every route registered up front, the database opened and
 * migrated, the catalog of what is served read, and a personal link made for every student of the
 * served classes (written to {@code links-CLASS.csv} in the data folder). {@link #stop()} closes the
 * server and then the database.
 */
public final class WebServer implements AutoCloseable {

    /** The database file in the data folder. */
    public static final String DATABASE = "showwork.db";

    private final Javalin app;
    private final Database db;
    private final Catalog catalog;
    private final Links links;
    private final String teacherToken;
    private final String address;

    private WebServer(Javalin app, Database db, Catalog catalog, Links links, String teacherToken, String address) {
        this.app = app;
        this.db = db;
        this.catalog = catalog;
        this.links = links;
        this.teacherToken = teacherToken;
        this.address = address;
    }

    /** Starts a server; a problem folder, class or data folder that cannot be used is a {@link ProblemException}. */
    public static WebServer start(ServeSettings settings, List<String> warnings) throws ProblemException, IOException {
        Catalog catalog = Catalog.load(settings.problemFolders(), settings.builtIn(), settings.classFolders(), warnings);
        Database db;
        try {
            db = Database.open(settings.data().resolve(DATABASE));
        } catch (SQLException e) {
            throw new ProblemException(settings.data().resolve(DATABASE) + ": " + e.getMessage());
        }
        try {
            Links links = new Links(db);
            String teacher = settings.teacherToken() != null ? settings.teacherToken()
                    : links.setting("teacher_token", Links::newToken);
            Sessions sessions = new Sessions(links.setting("csrf_secret", Links::newToken), teacher);
            Attempts attempts = new Attempts(db);
            Pages pages = new Pages();
            Javalin app = Javalin.create(config -> configure(config, pages, sessions,
                    new StudentRoutes(catalog, attempts, links, pages, sessions), new TeacherRoutes(catalog, pages, sessions),
                    new DashboardRoutes(catalog, attempts, links, pages)));
            try {
                app.start(settings.host(), settings.port());
            } catch (JavalinBindException e) {
                throw new ProblemException(settings.host() + ":" + settings.port() + ": cannot listen there (is another "
                        + "server using the port?); choose another with --port");
            }
            String address = settings.publicUrl() != null ? settings.publicUrl().replaceAll("/+$", "")
                    : "http://" + shownHost(settings.host()) + ":" + app.port();
            writeLinks(catalog, links, settings.data(), address);
            return new WebServer(app, db, catalog, links, teacher, address);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new ProblemException(settings.data().resolve(DATABASE) + ": " + e.getMessage());
        } catch (RuntimeException | IOException | ProblemException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /** Limits, the guard, the routes and what an error looks like: all of it up front, as Javalin 7 has it. */
    private static void configure(JavalinConfig config, Pages pages, Sessions sessions, StudentRoutes students,
            TeacherRoutes teacher, DashboardRoutes dashboards) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = Limits.BODY_BYTES;
        config.jetty.modifyServletContextHandler(handler -> {
            handler.setMaxFormContentSize(Limits.BODY_BYTES);
            handler.setMaxFormKeys(20_000);
        });
        config.routes.before(new Guard(sessions)::before);
        try {
            Assets.register(config.routes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        students.register(config.routes);
        teacher.register(config.routes);
        dashboards.register(config.routes);
        config.routes.exception(WebError.class, (e, ctx) -> Responses.error(ctx, pages, e.status(), e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> Responses.error(ctx, pages, e.getStatus(),
                e.getStatus() == 413 ? "The form is too large: this server takes " + Limits.BODY_BYTES / 1024
                        + " KB at most in one request." : e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            e.printStackTrace();
            Responses.error(ctx, pages, 500, "Something went wrong in showwork itself (a bug); the server log has the details.");
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                Responses.error(ctx, pages, 404, WebError.notFound().getMessage());
            }
        });
    }

    private static String shownHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void writeLinks(Catalog catalog, Links links, Path data, String address) throws IOException, SQLException {
        for (Catalog.ServedClass served : catalog.classes()) {
            Files.writeString(data.resolve("links-" + served.name() + ".csv"), ClassLinks.csv(served, links, address));
        }
    }

    private static void closeQuietly(Database db) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // the failure that brought us here is the one to report
        }
    }

    public int port() {
        return app.port();
    }

    /** Where the server is reached, e.g. http://127.0.0.1:8080. */
    public String address() {
        return address;
    }

    public String teacherToken() {
        return teacherToken;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** What the server prints when it starts: its address, what it serves, the teacher token, where the links are. */
    public void describe(PrintWriter out, Path data) {
        out.println("showwork serve: " + address + "/");
        out.println("  practice sheets: " + catalog.problems().size() + " problem" + (catalog.problems().size() == 1 ? "" : "s")
                + " (" + address + "/)");
        out.println("  teacher pages: " + address + "/teach  (teacher token: " + teacherToken + ")");
        for (Catalog.ServedClass served : catalog.classes()) {
            out.println("  class " + served.name() + ": " + served.index().entries().size() + " personal links in "
                    + data.resolve("links-" + served.name() + ".csv"));
        }
        out.println("  data: " + data.resolve(DATABASE) + "; Ctrl-C stops the server");
        out.flush();
    }

    /** Prints the personal links of every served class as CSV (class, then number, id, name, code, link). */
    public void printLinks(PrintWriter out) throws SQLException {
        for (Catalog.ServedClass served : catalog.classes()) {
            out.print(ClassLinks.csv(served, links, address).lines().skip(1)
                    .map(row -> ClassLinks.field(served.name()) + "," + row + "\n").reduce("", String::concat));
        }
        out.flush();
    }

    @Override
    public void close() {
        app.stop();
        closeQuietly(db);
    }

    public void stop() {
        close();
    }
}
