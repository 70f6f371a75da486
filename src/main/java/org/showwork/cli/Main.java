package org.showwork.cli;

import picocli.CommandLine;

/** Entry point: runs the command line and exits with its code (0 done, 2 bad input or usage). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new java.io.PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; tests call this to capture what is printed. */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ShowworkCommand());
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        cli.setParameterExceptionHandler(Main::usageError);
        return cli;
    }

    /**
     * A mistake on the command line (an unknown option, a value an option cannot take) in one line,
     * like every other mistake, with where to read how the command is used.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String command = cli.getCommandSpec().qualifiedName();
        cli.getErr().println("showwork: " + e.getMessage() + " (see '" + command + " --help')");
        cli.getErr().flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }
}
