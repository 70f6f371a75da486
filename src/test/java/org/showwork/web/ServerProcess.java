package org.showwork.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code showwork serve} in a process of its own on a free port of 127.0.0.1, as a lecturer runs it,
 * for the durability test and the load benchmark: started, read until it prints its address, and
 * stopped cleanly or killed with SIGKILL.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("showwork serve: (http://[^ ]+?)/?$");

    private final Process process;
    private final String address;

    private ServerProcess(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    /** Starts a server on {@code data} with these extra arguments; {@code jvm}: options for its JVM. */
    public static ServerProcess start(Path data, List<String> jvm, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.showwork.cli.Main", "serve",
                "--port", "0", "--data", data.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectError(data.resolveSibling(data.getFileName() + "-server.log").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = ADDRESS.matcher(line.strip());
            if (m.find()) {
                Thread drain = new Thread(() -> drain(out), "server-output");
                drain.setDaemon(true);
                drain.start();
                return new ServerProcess(process, m.group(1));
            }
        }
        process.destroyForcibly();
        throw new IOException("the server stopped before printing its address; see its log beside " + data);
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the server's later output is not needed
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    public String address() {
        return address;
    }

    /** SIGKILL: no shutdown hook, no chance to flush anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
