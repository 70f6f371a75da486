package org.showwork.cli;

import org.showwork.render.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.render.TemplateRendering;
import org.showwork.render.view.DerivationView;
import org.showwork.problem.ProblemReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root command. On its own it prints the tutorial's worked example as Markdown, so that the
 * first thing a new user runs shows what showwork is for. Its subcommands are added by {@link Main}.
 */
@Command(name = "showwork", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Shows the work of training a logistic regression, step by step.",
                "Without a command, prints the tutorial's worked example (five points, one step) as Markdown."})
final class ShowworkCommand implements Callable<Integer> {

    static final String TUTORIAL = "tutorial-five-points.yaml";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DocumentOutput.write(DerivationView.of(Tracer.trace(tutorial())), Format.md, null, TemplateRendering.builtIn(), spec);
        return 0;
    }

    /** The tutorial's problem, built into the jar from worked-examples/. */
    static Problem tutorial() throws Exception {
        return ProblemReader.read(tutorialText(), TUTORIAL);
    }

    static String tutorialText() throws IOException {
        try (InputStream in = ShowworkCommand.class.getResourceAsStream("/examples/" + TUTORIAL)) {
            if (in == null) {
                throw new IOException("the built-in example " + TUTORIAL + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
