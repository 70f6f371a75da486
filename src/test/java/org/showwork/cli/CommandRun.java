package org.showwork.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in the test's own JVM, with what it printed on each stream. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
