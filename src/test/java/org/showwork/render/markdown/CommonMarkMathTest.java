package org.showwork.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every displayed formula of every Markdown document of the worked examples survives CommonMark
 * renderers as a reader meets them: cmark-gfm (GitHub's parser, with tables, without its math
 * protection) passes each {@code $$} block through character for character, so MathJax or KaTeX on
 * the page still finds it — no emphasis made of subscripts' underscores, no backslash taken as an
 * escape — and pandoc reads each one as the same display formula (MathML whose TeX annotation is
 * ours). Skips where cmark-gfm or pandoc is not installed.
 */
class CommonMarkMathTest {

    private static final Pattern BLOCK = Pattern.compile("(?s)\\$\\$\\n(.*?)\\n\\$\\$");

    @Test
    void cmarkGfmPassesEveryFormulaThroughUnchanged() throws Exception {
        assumeTrue(installed("cmark-gfm"), "cmark-gfm is not installed");
        for (Path document : documents()) {
            String html = run(document, "cmark-gfm", "-e", "table", "--unsafe");
            assertThat(blocks(unescape(html))).as(document + " through cmark-gfm").isEqualTo(blocks(Files.readString(document)));
        }
    }

    @Test
    void pandocReadsEveryFormulaAsTheSameDisplayFormula() throws Exception {
        assumeTrue(installed("pandoc"), "pandoc is not installed");
        for (Path document : documents()) {
            String html = run(document, "pandoc", "-f", "markdown", "-t", "html", "--mathml");
            List<String> annotations = new ArrayList<>();
            Matcher m = Pattern.compile("(?s)<math display=\"block\".*?<annotation encoding=\"application/x-tex\">(.*?)"
                    + "</annotation>").matcher(html);
            while (m.find()) {
                annotations.add(unescape(m.group(1)).strip());
            }
            assertThat(annotations).as(document + " through pandoc").isEqualTo(blocks(Files.readString(document)));
        }
    }

    @Test
    void writesSubscriptsAndMarkupCharactersSoThatNoRendererMisreadsThem() {
        assertThat(MarkdownWriter.mathText("\\hat{y}_{i} = \\sigma(z_{i})")).isEqualTo("\\hat{y} _ {i} = \\sigma(z _ {i})");
        assertThat(MarkdownWriter.mathText("\\|w\\|_2 < a*b")).isEqualTo("\\Vert w\\Vert _ 2 \\lt a\\ast b");
        assertThat(MarkdownWriter.mathText("\\{x\\}")).isEqualTo("\\lbrace x\\rbrace");
    }

    /** The Markdown documents showwork wrote for the worked examples (not the students' submissions in check/class and check/variants). */
    private static List<Path> documents() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("worked-examples"))) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !f.startsWith(Path.of("worked-examples", "check", "class")))
                    .filter(f -> !f.startsWith(Path.of("worked-examples", "check", "variants"))).sorted().toList();
            assertThat(found).hasSizeGreaterThan(10);
            return found;
        }
    }

    private static List<String> blocks(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String run(Path input, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.add(input.toString());
        Process process = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args)).isZero();
        return out;
    }

    static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
