package org.showwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.showwork.web.Catalog;
import org.showwork.web.ServeSettings;
import org.showwork.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code showwork serve}: the web app. Students work sheets in the browser and are marked as they
 * go; lecturers edit problems and step through derivations, and follow a class on its dashboard.
 * Runs until stopped (Ctrl-C), then closes the server and the database cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serves worksheets students fill in and get marked as they go, the lecturer's problem pages "
                + "and a class's dashboard, on a web server (Ctrl-C stops it).",
                "Without --problems or --class it serves the worked examples (./worked-examples, else the tutorial)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for a class "
                    + "on the network).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "showwork-data",
            description = "Where the database and the personal links are kept (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--problems", paramLabel = "DIR", description = "A folder of problem files to serve (may be repeated).")
    List<Path> problems = new ArrayList<>();

    @Option(names = "--class", paramLabel = "DIR",
            description = "A class made by showwork generate: each student works their own variant through a personal "
                    + "link (may be repeated).")
    List<Path> classes = new ArrayList<>();

    @Option(names = "--teacher-token", paramLabel = "TOKEN",
            description = "The token for the teacher's pages (default: one made on first start and kept in the data folder).")
    String teacherToken;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address students reach the server at, for the links printed (default: from host and port).")
    String publicUrl;

    @Option(names = "--links", description = "Print every student's personal link (CSV) once the server has started.")
    boolean printLinks;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserException("--port " + port + ": use a port from 0 to 65535");
        }
        if (teacherToken != null && teacherToken.strip().length() < 12) {
            throw new UserException("--teacher-token: use at least 12 characters, so that it cannot be guessed");
        }
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new UserException(data + ": is a file; --data names a folder");
        }
        List<Path> folders = new ArrayList<>(problems);
        List<Catalog.ServedProblem> builtIn = new ArrayList<>();
        if (problems.isEmpty() && classes.isEmpty()) {
            defaults(folders, builtIn);
        }
        List<String> warnings = new ArrayList<>();
        WebServer server = WebServer.start(new ServeSettings(host, port, data, folders, builtIn, classes,
                teacherToken == null ? null : teacherToken.strip(), publicUrl), warnings);
        PrintWriter err = spec.commandLine().getErr();
        warnings.forEach(w -> err.println("showwork: " + w));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        server.describe(out, data);
        if (printLinks) {
            out.println("class,number,id,name,code,link");
            server.printLinks(out);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "showwork-serve-stop"));
        stopped.await();
        return 0;
    }

    /** The worked examples when run from the project's folder; else the tutorial built into the jar. */
    private static void defaults(List<Path> folders, List<Catalog.ServedProblem> builtIn) throws Exception {
        Path examples = Path.of("worked-examples");
        if (Files.isDirectory(examples)) {
            folders.add(examples);
        } else {
            builtIn.add(new Catalog.ServedProblem("tutorial-five-points", ShowworkCommand.tutorial().title(),
                    ShowworkCommand.TUTORIAL, ShowworkCommand.tutorialText(), ShowworkCommand.tutorial()));
        }
    }
}
