package org.showwork.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point: runs the command line and exits with its code (0 done, 2 bad input or usage). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; tests call this to capture what is printed. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The subcommands in the order the help lists them. */
    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("derive", DeriveCommand::new);
        commands.put("fit", FitCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("generate", GenerateCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("warm-up", WarmUpCommand::new);
        return commands;
    }

    /**
     * The command line for these arguments. picocli reads every option of every command it is given
     * by reflection, about a tenth of a second of each start; a run of one command is given only that
     * command, and anything else (help, the tutorial, a misspelt command) all of them.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new ShowworkCommand());
        Map<String, Supplier<Object>> commands = subcommands();
        if (args.length > 0 && commands.containsKey(args[0])) {
            cli.addSubcommand(args[0], commands.get(args[0]).get());
        } else {
            commands.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
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
