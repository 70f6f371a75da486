package org.showwork.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemException;
import org.showwork.problem.ProblemReader;
import org.showwork.problem.Template;
import org.showwork.problem.TemplateReader;
import org.showwork.render.json.JsonRenderer;

/** Drawing a class: one variant per student, the same on every run, and a clear word when no draw will do. */
class VariantGeneratorTest {

    private static final Path CLASS_TEMPLATE = Path.of("worked-examples", "class-template.yaml");

    private static final List<Student> CLASS = List.of(new Student("s1", "Ada"), new Student("s2", "Ben"),
            new Student("s3", "Cleo"));

    private static String json(org.showwork.derive.Trace trace) throws Exception {
        StringWriter out = new StringWriter();
        new JsonRenderer().render(trace, out);
        return out.toString();
    }

    @Test
    void aStudentsVariantDependsOnTheSeedAndTheIdOnly() throws Exception {
        Template template = TemplateReader.read(CLASS_TEMPLATE);
        List<Variant> whole = VariantGenerator.of(template, "2024").variants(CLASS);
        Variant alone = VariantGenerator.of(TemplateReader.read(CLASS_TEMPLATE), "2024").variant(7, CLASS.get(1));
        assertThat(alone.problemFile()).isEqualTo(whole.get(1).problemFile());
        assertThat(alone.code()).isEqualTo(whole.get(1).code());
        assertThat(json(alone.trace())).isEqualTo(json(whole.get(1).trace()));
        List<Variant> reversed = VariantGenerator.of(template, "2024").variants(List.of(CLASS.get(2), CLASS.get(1),
                CLASS.get(0)));
        assertThat(reversed.get(2).problemFile()).isEqualTo(whole.get(0).problemFile());
        assertThat(whole).extracting(Variant::number).containsExactly(1, 2, 3);
        List<Variant> otherSeed = VariantGenerator.of(template, "2025").variants(CLASS);
        assertThat(otherSeed.get(0).problemFile()).isNotEqualTo(whole.get(0).problemFile());
    }

    @Test
    void eachVariantsProblemFileDerivesToItsOwnTrace() throws Exception {
        Template template = TemplateReader.read(CLASS_TEMPLATE);
        for (Variant v : VariantGenerator.of(template, "re-derive").variants(CLASS)) {
            Problem reread = ProblemReader.read(v.problemFile(), ClassLayout.problemPath(v.student()));
            assertThat(reread).isEqualTo(v.problem());
            assertThat(json(Tracer.trace(reread))).isEqualTo(json(v.trace()));
            assertThat(v.problemFile()).startsWith("# Variant " + v.code() + " of class-template.yaml (seed re-derive) for "
                    + v.student().name() + " (student " + v.student().id() + ").\n");
        }
    }

    @Test
    void aSeedWithALineBreakStillGivesAFileThatReadsBack() throws Exception {
        Variant v = VariantGenerator.of(TemplateReader.read(CLASS_TEMPLATE), "fall\n2024").variant(1, CLASS.get(0));
        assertThat(v.problemFile()).startsWith("# Variant " + v.code() + " of class-template.yaml (seed fall 2024) for");
        assertThat(ProblemReader.read(v.problemFile(), ClassLayout.problemPath(CLASS.get(0)))).isEqualTo(v.problem());
    }

    @Test
    void aTemplateNoDrawSatisfiesNamesTheConstraintThatFailedMost() {
        String far = """
                samples: {draw: 4, features: [{uniform: [50, 60], decimals: 0}], labels: [0, 0, 1, 1], sort: ascending}
                weights: [{uniform: [5, 6], decimals: 1}]
                bias: {uniform: [-330, -250], decimals: 0}
                learning_rate: 0.1
                """;
        assertThatThrownBy(() -> VariantGenerator.of(TemplateReader.read(far, "far.yaml"), "1").variants(CLASS))
                .isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("far.yaml: no variant for Ada (student s1) met every constraint in 1,000 draws. "
                        + "The one that failed most: every probability, as shown, at least 0.01 from 0 and from 1 "
                        + "(failed every one of the ")
                .hasMessageContaining("probability_margin: 0")
                // the boundary, checked first, fails in some draws only, and is named after it
                .hasMessageMatching("(?s).* Also failing: the decision boundary within the range of the data, before and "
                        + "after the run \\([0-9,]+ of 1,000\\)\\.");
        String oneLabel = """
                samples: {draw: 3, features: [{uniform: [0, 9], decimals: 1}], labels: [1, 1, 1]}
                learning_rate: 0.1
                """;
        assertThatThrownBy(() -> VariantGenerator.of(TemplateReader.read(oneLabel, "one.yaml"), "1").variants(CLASS))
                .hasMessageContaining("The one that failed most: samples of both labels, 0 and 1 (failed every one of "
                        + "the 1,000 draws it was checked on)")
                .hasMessageContaining("both_labels: false");
    }

    @Test
    void aConditionOfTheTemplatesOwnCanBeTheOneThatFails() {
        String impossible = """
                samples: {draw: 4, features: [{uniform: [0, 3], decimals: 1}], labels: [0, 0, 1, 1], sort: ascending}
                weights: [1]
                bias: -1.5
                learning_rate: 0.1
                constraints:
                  require: ["p[1] > p[4]"]
                """;
        assertThatThrownBy(() -> VariantGenerator.of(TemplateReader.read(impossible, "t.yaml"), "1").variants(CLASS))
                .hasMessageContaining("The one that failed most: the template's condition 'p[1] > p[4]' (line 6)");
    }

    @Test
    void aDrawTheProblemCannotTakeSaysForWhom() {
        String negative = "samples: [[1, 0], [2, 1]]\nlearning_rate: {uniform: [-1, -0.1], decimals: 1}\n";
        assertThatThrownBy(() -> VariantGenerator.of(TemplateReader.read(negative, "t.yaml"), "1").variants(CLASS))
                .hasMessageStartingWith("t.yaml, line 2, column 1, at learning_rate: learning_rate must be positive")
                .hasMessageEndingWith("(in the variant drawn for Ada (student s1))");
    }

    @Test
    void aConditionThatCannotBeReadIsReportedBeforeAnyDraw() {
        String bad = "samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\nconstraints:\n  require: [\"p[1] >\"]\n";
        assertThatThrownBy(() -> VariantGenerator.of(TemplateReader.read(bad, "t.yaml"), "1"))
                .hasMessageStartingWith("t.yaml, line 4, column 13, at constraints.require 'p[1] >'");
    }

    @Test
    void switchedOffDefaultsAreNotChecked() throws Exception {
        String repeats = """
                samples: {draw: 4, features: [1], labels: [0, 0, 1, 1]}
                learning_rate: 0.1
                constraints: {distinct_samples: false, boundary_inside: false}
                """;
        Variant v = VariantGenerator.of(TemplateReader.read(repeats, "t.yaml"), "1").variant(1, CLASS.get(0));
        assertThat(v.draws()).isEqualTo(1);
        assertThat(VariantGenerator.of(TemplateReader.read(repeats, "t.yaml"), "1").constraints())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("BothLabels", "ShownDecimals", "ProbabilityMargin");
    }
}
