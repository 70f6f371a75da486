package org.showwork.render.latex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.showwork.render.Handouts;
import org.showwork.render.view.DerivationView;

/** The LaTeX source, charts (TikZ) and worksheets included, compiles with pdflatex where it is installed (.ci/run installs it). */
class LatexCompileTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"tutorial-five-points", "two-features-three-steps", "rounded-to-certainty",
            "tutorial-two-samples", "worksheet", "fit", "sgd-shuffled", "mini-batch-l2"})
    void compiles(String example) throws Exception {
        assumeTrue(pdflatex() != null, "pdflatex is not installed");
        assumeTrue(hasTikz(), "TikZ is not installed (texlive-pictures)");
        String tex = switch (example) {
            case "worksheet" -> new LatexRenderer().render(
                    DerivationView.worksheet(Handouts.trace("tutorial-five-points"), id -> true));
            case "fit" -> new LatexRenderer().render(org.showwork.render.view.FitView.of(org.showwork.fit.Fitter.fit(
                    org.showwork.problem.FitProblemReader.readProblemFile(
                            java.nio.file.Path.of("worked-examples/tutorial-five-points.yaml")),
                    org.showwork.fit.FitSettings.defaults())));
            default -> render(example);
        };
        Path source = folder.resolve(example + ".tex");
        Files.writeString(source, tex, StandardCharsets.UTF_8);
        Process run = new ProcessBuilder(pdflatex(), "-interaction=nonstopmode", "-halt-on-error", source.getFileName().toString())
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("log.txt").toFile())
                .start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(folder.resolve("log.txt"));
        assertThat(run.exitValue()).as("pdflatex log:\n" + log.substring(Math.max(0, log.length() - 2000))).isZero();
        assertThat(folder.resolve(example + ".pdf")).exists();
    }

    private static String render(String example) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(new LatexRenderer().render(DerivationView.of(Handouts.trace(example))));
        return out.toString();
    }

    /** Whether TeX finds tikz.sty, which the charts need. */
    private static boolean hasTikz() throws Exception {
        Process kpsewhich = new ProcessBuilder("kpsewhich", "tikz.sty").redirectErrorStream(true).start();
        kpsewhich.getInputStream().readAllBytes();
        return kpsewhich.waitFor(60, TimeUnit.SECONDS) && kpsewhich.exitValue() == 0;
    }

    private static String pdflatex() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(dir, "pdflatex");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
