package org.showwork.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Templates: what each kind of draw gives, that a variant's file reads back as its problem, and the messages for mistakes. */
class TemplateReaderTest {

    private static Template template(String yaml) throws ProblemException {
        return TemplateReader.read(yaml, "t.yaml");
    }

    private static String error(String yaml) {
        try {
            template(yaml).draw(new MersenneTwister(1), "v.yaml");
        } catch (ProblemException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for\n" + yaml);
    }

    @Test
    void aUniformDrawLiesOnItsGridWithinTheRangeAndReachesBothEnds() throws Exception {
        Template t = template("samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\nbias: {uniform: [-1, 0.5], decimals: 1}\n");
        RandomGenerator random = new MersenneTwister(7);
        Set<BigDecimal> seen = new HashSet<>();
        for (int k = 0; k < 2000; k++) {
            BigDecimal b = t.draw(random, "v.yaml").problem().bias();
            assertThat(b.scale()).isEqualTo(1);
            assertThat(b).isBetween(new BigDecimal("-1.0"), new BigDecimal("0.5"));
            seen.add(b);
        }
        assertThat(seen).hasSize(16).contains(new BigDecimal("-1.0"), new BigDecimal("0.5"));
    }

    @Test
    void decimalsDefaultToThoseTheRangeIsWrittenWith() throws Exception {
        Template t = template("samples: [[1, 0], [2, 1]]\nlearning_rate: {uniform: [0.05, 0.5]}\n");
        RandomGenerator random = new MersenneTwister(3);
        for (int k = 0; k < 200; k++) {
            assertThat(t.draw(random, "v.yaml").problem().learningRate().scale()).isEqualTo(2);
        }
    }

    @Test
    void aChoiceTakesEachItemAndItemsMayBeDrawsThemselves() throws Exception {
        Template t = template("samples: [[1, 0], [2, 1]]\nlearning_rate: {choice: [0.1, {uniform: [2, 3], decimals: 0}]}\n"
                + "arithmetic: {choice: [hand, exact]}\n");
        RandomGenerator random = new MersenneTwister(11);
        Set<BigDecimal> rates = new HashSet<>();
        Set<String> modes = new HashSet<>();
        for (int k = 0; k < 300; k++) {
            Problem p = t.draw(random, "v.yaml").problem();
            rates.add(p.learningRate());
            modes.add(p.arithmetic().name());
        }
        assertThat(rates).containsExactlyInAnyOrder(new BigDecimal("0.1"), new BigDecimal("2"), new BigDecimal("3"));
        assertThat(modes).containsExactlyInAnyOrder("HAND", "EXACT");
    }

    @Test
    void aSampleSetDrawsItsRowsSortsThemAndLabelsThemInOrder() throws Exception {
        Template t = template("""
                samples:
                  draw: 6
                  features: [{uniform: [0, 9], decimals: 0}, 2.5]
                  sort: ascending
                  labels: [0, 0, 0, 1, 1, 1]
                learning_rate: 0.1
                """);
        RandomGenerator random = new MersenneTwister(5);
        for (int k = 0; k < 100; k++) {
            Problem p = t.draw(random, "v.yaml").problem();
            assertThat(p.sampleCount()).isEqualTo(6);
            assertThat(p.featureCount()).isEqualTo(2);
            for (int i = 0; i < 6; i++) {
                Sample s = p.samples().get(i);
                assertThat(s.x().get(1)).isEqualByComparingTo("2.5");
                assertThat(s.y()).isEqualTo(i < 3 ? 0 : 1);
                if (i > 0) {
                    assertThat(s.x().get(0)).isGreaterThanOrEqualTo(p.samples().get(i - 1).x().get(0));
                }
            }
        }
    }

    @Test
    void rowsThatRepeatAreDrawnAgainUnlessRepeatsAreAllowed() throws Exception {
        String set = "samples: {draw: 5, features: [{uniform: [0, 4], decimals: 0}], labels: [0, 0, 1, 1, 1]}\n"
                + "learning_rate: 0.1\n";
        RandomGenerator random = new MersenneTwister(17);
        Template distinct = template(set);
        for (int k = 0; k < 100; k++) {
            // five different whole numbers from 0 to 4: every one of them, in some order
            assertThat(distinct.draw(random, "v.yaml").problem().samples()).extracting(s -> s.x().get(0).intValue())
                    .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        }
        Template repeats = template(set + "constraints: {distinct_samples: false}\n");
        boolean repeated = false;
        for (int k = 0; k < 100 && !repeated; k++) {
            repeated = repeats.draw(random, "v.yaml").problem().samples().stream().map(s -> s.x().get(0)).distinct()
                    .count() < 5;
        }
        assertThat(repeated).isTrue();
    }

    @Test
    void labelsDrawnWithoutAListTakeBothValues() throws Exception {
        Template t = template("samples: {draw: 4, features: [{uniform: [0, 1], decimals: 2}], sort: descending}\n"
                + "learning_rate: 0.1\n");
        RandomGenerator random = new MersenneTwister(9);
        Set<Integer> labels = new HashSet<>();
        for (int k = 0; k < 50; k++) {
            Problem p = t.draw(random, "v.yaml").problem();
            p.samples().forEach(s -> labels.add(s.y()));
            for (int i = 1; i < 4; i++) {
                assertThat(p.samples().get(i).x().get(0)).isLessThanOrEqualTo(p.samples().get(i - 1).x().get(0));
            }
        }
        assertThat(labels).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void aVariantsFileReadsBackAsTheSameProblem() throws Exception {
        Template t = template("""
                title: "Drawn: a title with a colon"
                features: [hours, "sleep (h)"]
                samples:
                  draw: 4
                  features: [{uniform: [0, 5], decimals: 1}, {choice: [6, 7, 8]}]
                weights: [{uniform: [-1, 1], decimals: 2}, 0.5]
                bias: {uniform: [-2, 2], decimals: 3}
                learning_rate: {choice: [0.1, 0.25]}
                iterations: 2
                arithmetic: hand
                decimals: 3
                decimals_for: {grad_w: 4, cost: 4}
                given: {"t2:p[1]": 0.5, grad_b: {uniform: [0, 0.1], decimals: 3}}
                batch: 2
                shuffle_seed: 42
                l2: {choice: [0, 0.1]}
                show: [1, last]
                constraints: {distinct_samples: false}
                """);
        RandomGenerator random = new MersenneTwister(13);
        for (int k = 0; k < 50; k++) {
            Template.Drawn drawn = t.draw(random, "v/problem.yaml");
            assertThat(drawn.problem().source()).isEqualTo("v/problem.yaml");
            assertThat(ProblemReader.read(drawn.yaml(), "v/problem.yaml")).isEqualTo(drawn.problem());
            assertThat(drawn.yaml()).doesNotContain("uniform", "choice", "constraints");
        }
    }

    @Test
    void theSameGeneratorStateGivesTheSameVariant() throws Exception {
        Template t = template("samples: {draw: 5, features: [{uniform: [0, 9], decimals: 1}]}\nlearning_rate: 0.1\n"
                + "bias: {uniform: [-1, 1], decimals: 2}\n");
        String first = t.draw(new MersenneTwister(new int[] {1, 2, 3}), "v.yaml").yaml();
        String again = t.draw(new MersenneTwister(new int[] {1, 2, 3}), "v.yaml").yaml();
        String other = t.draw(new MersenneTwister(new int[] {1, 2, 4}), "v.yaml").yaml();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void theTitleIsKnownWhenItIsWrittenOut() throws Exception {
        assertThat(template("title: Five points\nsamples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n").title())
                .isEqualTo("Five points");
        assertThat(template("samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n").title()).isEmpty();
    }

    @Test
    void constraintsAreReadWithTheirPositions() throws Exception {
        Template t = template("""
                samples: [[1, 0], [2, 1]]
                learning_rate: 0.1
                constraints:
                  probability_margin: 0.05
                  boundary_inside: false
                  require:
                    - grad_w > 0
                    - "0.2 <= p[1] <= 0.8"
                """);
        TemplateConstraints c = t.constraints();
        assertThat(c.probabilityMargin()).isEqualByComparingTo("0.05");
        assertThat(c.boundaryInside()).isFalse();
        assertThat(c.distinctSamples()).isTrue();
        assertThat(c.requirements()).extracting(TemplateConstraints.Requirement::text)
                .containsExactly("grad_w > 0", "0.2 <= p[1] <= 0.8");
        assertThat(c.requirements().get(1).line()).isEqualTo(8);
        assertThat(template("samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n").constraints())
                .isEqualTo(TemplateConstraints.defaults());
    }

    @Test
    void aValueTheProblemCannotTakeIsReportedAtTheTemplatesLine() {
        assertThat(error("samples: [[1, 0], [2, 1]]\nlearning_rate: {uniform: [-1, -0.5], decimals: 1}\n"))
                .startsWith("t.yaml, line 2, column 1, at learning_rate:").contains("must be positive");
        assertThat(error("samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\nweights: [{uniform: [3, 4]}, 1]\n"))
                .startsWith("t.yaml, line 3, column 1, at weights:").contains("2 value(s)");
        assertThat(error("samples: {draw: 2, features: [1], labels: [{choice: [2, 3]}, 1]}\nlearning_rate: 0.1\n"))
                .matches("t\\.yaml, line 1, column 5[47], at samples\\[1] \\(sample 1\\), label: .*0 or 1.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt draw      | bias: {unifrom: [0, 1]}                               | line 3 | did you mean 'uniform'?
            unknown draw key   | bias: {uniform: [0, 1], places: 2}                    | line 3 | unknown key 'places'
            reversed range     | bias: {uniform: [1, -1]}                              | line 3 | write [-1, 1]
            no grid point      | bias: {uniform: [0.1, 0.2], decimals: 0}              | line 3 | no number with 0 decimal places
            bad decimals       | bias: {uniform: [0, 1], decimals: 40}                 | line 3 | decimals must be a whole number from 0 to 12
            range not a pair   | bias: {uniform: 1}                                    | line 3 | uniform takes a range [low, high]
            empty choice       | bias: {choice: []}                                    | line 3 | choice takes a list
            choice and more    | bias: {choice: [1, 2], decimals: 1}                   | line 3 | choice takes a list only
            draw out of place  | given: {draw: 3}                                      | line 3 | is the value of samples:
            unknown constraint | constraints: {distinct_sample: false}                 | line 3 | did you mean 'distinct_samples'?
            flag not boolean   | constraints: {both_labels: 1}                         | line 3 | both_labels is true or false
            margin too large   | constraints: {probability_margin: 0.5}                | line 3 | below 0.5
            require a mapping  | constraints: {require: [{a: 1}]}                      | line 3 | p[3] <= 0.8
            unknown top key    | constrains: {}                                        | line 3 | did you mean 'constraints'?
            """)
    void mistakesNameTheLineAndSayWhatIsWrong(String name, String line, String where, String words) {
        String message = error("samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n" + line + "\n");
        assertThat(message).startsWith("t.yaml, " + where).contains(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no features      | {draw: 3}                                                  | needs features
            count not whole  | {draw: 2.5, features: [1]}                                 | whole number from 1 to
            labels too few   | {draw: 3, features: [{uniform: [0, 1]}], labels: [0, 1]}  | labels lists 2 label(s) for 3 samples
            text feature     | {draw: 3, features: [abc]}                                 | each feature is a number
            bad sort         | {draw: 3, features: [{uniform: [0, 1]}], sort: up}        | sort is ascending or descending
            unknown key      | {draw: 3, features: [1], label: [0, 1, 1]}                 | did you mean 'labels'?
            """)
    void mistakesInASampleSet(String name, String set, String words) {
        assertThat(error("samples: " + set + "\nlearning_rate: 0.1\n")).startsWith("t.yaml, line 1").contains(words);
    }

    @Test
    void aPlainProblemFileWithADrawPointsToGenerate() {
        assertThatThrownBy(() -> ProblemReader.read("samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n"
                + "bias: {uniform: [-1, 1]}\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml, line 3").hasMessageContaining("showwork generate");
        assertThatThrownBy(() -> ProblemReader.read("samples: {draw: 3, features: [1]}\nlearning_rate: 0.1\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml, line 1").hasMessageContaining("showwork generate");
        assertThatThrownBy(() -> ProblemReader.read("samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n"
                + "constraints: {both_labels: false}\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml, line 3").hasMessageContaining("showwork generate");
    }

    @Test
    void emptyAndNonMappingTemplates() {
        assertThat(error("")).startsWith("t.yaml: the file is empty");
        assertThat(error("- 1\n- 2\n")).startsWith("t.yaml, line 1").contains("a template is a mapping");
        assertThat(error("samples: [[1, 0]\n")).startsWith("t.yaml, line").contains("malformed");
    }

    @Test
    void aWideRangeWithManyDecimalsIsRefused() {
        assertThat(error("samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\nbias: {uniform: [-1e6, 1e6], decimals: 12}\n"))
                .contains("too many numbers");
    }

    @Test
    void aSampleSetsRowsFollowOneAnother() throws Exception {
        Template t = template("samples: {draw: 3, features: [{uniform: [1, 3], decimals: 0}], labels: [0, 1, 1]}\n"
                + "learning_rate: 0.1\n");
        String yaml = t.draw(new MersenneTwister(2), "v.yaml").yaml();
        assertThat(yaml).matches("(?s)samples:\n  - \\[\\d, 0]\n  - \\[\\d, 1]\n  - \\[\\d, 1]\nlearning_rate: 0.1\n");
        assertThat(List.of(yaml.split("\n"))).hasSize(5);
    }
}
