package org.showwork.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Every mistake a user can make in a problem file gives a {@link ProblemException} whose message
 * names the file, the line of the mistake and the key or sample at fault; good files give the
 * problem they describe, with the documented defaults.
 */
class ProblemReaderTest {

    private static final String FILE = "homework-3.yaml";
    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");

    /** Reads {@code yaml}, expects it to fail, and checks the message for the file, the line and each fragment. */
    private static String failure(String yaml, int line, String... fragments) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ProblemReader.read(yaml, FILE));
        assertThat(e).as("reading should fail:%n%s", yaml).isNotNull();
        String message = e.getMessage();
        assertThat(message).startsWith(FILE);
        assertThat(message).doesNotContain("\n");
        Matcher m = LINE.matcher(message);
        assertThat(m.find()).as("a line number in: %s", message).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("the line in: %s", message).isEqualTo(line);
        for (String fragment : fragments) {
            assertThat(message).contains(fragment);
        }
        return message;
    }

    private static Problem read(String yaml) throws ProblemException {
        return ProblemReader.read(yaml, FILE);
    }

    // malformed files

    @Test
    void malformedYaml() {
        failure("""
                title: unclosed
                samples: [[1, 0], [2, 1]
                learning_rate: 0.1
                """, 2, "malformed");
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                  bias: 2
                """, 4, "malformed");
    }

    @Test
    void duplicateKey() {
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                bias: 1
                learning_rate: 0.2
                """, 5, "learning_rate", "twice");
    }

    @Test
    void unknownKeySuggestsTheNearestKnownOne() {
        String message = failure("""
                samples:
                  - [1, 0]
                learnig_rate: 0.1
                """, 3, "learnig_rate", "did you mean 'learning_rate'?");
        assertThat(message).contains("unknown key");
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                weigths: [2]
                """, 4, "weigths", "did you mean 'weights'?");
        // nothing near: the message lists the keys instead
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                colour: blue
                """, 4, "colour", "learning_rate");
    }

    @Test
    void unknownQuantityInDecimalsFor() {
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                decimals_for:
                  grad_w: 4
                  gradb: 4
                """, 6, "gradb", "did you mean 'grad_b'?");
    }

    // samples and labels

    @Test
    void labelMustBeZeroOrOne() {
        failure("""
                samples:
                  - [1, 0]
                  - [2, 1]
                  - [3, 2]
                learning_rate: 0.1
                """, 4, "sample 3", "label", "0 or 1");
        failure("""
                labels: [1, 0, -1]
                probabilities: [0.5, 0.5, 0.5]
                learning_rate: 0.1
                """, 1, "labels[3]", "0 or 1");
    }

    @Test
    void raggedRows() {
        failure("""
                samples:
                  - [1, 2, 0]
                  - [3, 4, 1]
                  - [5, 1]
                learning_rate: 0.1
                """, 4, "sample 3", "same number");
    }

    @Test
    void rowWithoutFeatures() {
        failure("""
                samples:
                  - [1, 0]
                  - [1]
                learning_rate: 0.1
                """, 3, "sample 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".NaN", "NaN"})
    void notANumber(String nan) {
        failure("""
                samples:
                  - [1, 0]
                  - [%s, 1]
                learning_rate: 0.1
                """.formatted(nan), 3, "sample 2", "feature 1", "NaN");
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.inf", "+.inf", ".Inf"})
    void infinity(String inf) {
        failure("""
                samples:
                  - [1, 0]
                bias: %s
                learning_rate: 0.1
                """.formatted(inf), 3, "bias", "infinite");
    }

    @Test
    void numberOutsideTheDoubleRange() {
        // exact arithmetic computes in doubles: 1e400 would be infinite there
        failure("""
                samples:
                  - [1, 0]
                bias: 1e400
                learning_rate: 0.1
                """, 3, "bias");
        failure("""
                samples:
                  - [1, 0]
                  - [-2e999, 1]
                learning_rate: 0.1
                """, 3, "sample 2");
        // and the other way: 1e-999999999 underflows to 0 in doubles and overflows BigInteger in hand arithmetic
        failure("""
                samples:
                  - [1, 0]
                bias: 1e-999999999
                learning_rate: 0.1
                arithmetic: hand
                """, 3, "bias", "too small");
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 1e-400
                """, 3, "learning_rate", "too small");
    }

    @Test
    void smallAndLargeNumbersWithinTheDoubleRangeAreFine() throws Exception {
        Problem problem = read("""
                samples:
                  - [1e-300, 0]
                  - [-1e300, 1]
                bias: 1_000.5
                learning_rate: 1e-3
                """);
        assertThat(problem.samples().get(0).x().get(0)).isEqualByComparingTo("1e-300");
        assertThat(problem.samples().get(1).x().get(0)).isEqualByComparingTo("-1e300");
        assertThat(problem.bias()).isEqualByComparingTo("1000.5");
        assertThat(problem.learningRate()).isEqualByComparingTo("0.001");
    }

    @Test
    void wordWhereANumberBelongs() {
        failure("""
                samples:
                  - [1, 0]
                  - [two, 1]
                learning_rate: 0.1
                """, 3, "sample 2", "feature 1", "'two'");
        failure("""
                samples:
                  - [1, 0]
                bias: minus one
                learning_rate: 0.1
                """, 3, "bias", "'minus one'");
        failure("""
                samples:
                  - [1, 0]
                learning_rate:
                """, 3, "learning_rate", "missing");
        failure("""
                samples:
                  - [1, 0]
                weights: [[1]]
                learning_rate: 0.1
                """, 3, "weights[1]", "list");
    }

    @Test
    void weightsOfTheWrongLength() {
        failure("""
                samples:
                  - [1, 2, 0]
                  - [3, 4, 1]
                weights: [0.5, 1, 2]
                learning_rate: 0.1
                """, 4, "weights", "3 value(s)", "2 feature(s)");
        failure("""
                samples:
                  - [1, 2, 0]
                weights: 0.5
                learning_rate: 0.1
                """, 3, "weights");
    }

    @Test
    void featureNamesOfTheWrongLength() {
        failure("""
                features: [height]
                samples:
                  - [1, 2, 0]
                learning_rate: 0.1
                """, 1, "features");
    }

    @Test
    void learningRateMustBePositive() {
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0
                """, 3, "learning_rate", "positive");
        failure("""
                samples:
                  - [1, 0]
                bias: 0
                learning_rate: -0.1
                """, 4, "learning_rate", "positive");
    }

    @Test
    void learningRateMissing() {
        failure("""
                samples:
                  - [1, 0]
                bias: 0
                """, 1, "learning_rate", "missing");
    }

    @Test
    void samplesMissing() {
        failure("""
                bias: 0
                learning_rate: 0.1
                """, 1, "samples");
    }

    @Test
    void iterationsAndDecimalsMustBeWholeNumbersInRange() {
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                iterations: 0
                """, 4, "iterations");
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                iterations: 2.5
                """, 4, "iterations");
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                decimals: 99
                """, 4, "decimals");
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                arithmetic: pencil
                """, 4, "arithmetic", "'pencil'");
    }

    // probabilities

    @Test
    void probabilitiesOutsideTheUnitInterval() {
        failure("""
                samples:
                  - [1, 0]
                  - [2, 1]
                learning_rate: 0.1
                probabilities: [0.5, 1.2]
                """, 5, "probabilities[2]", "between 0 and 1");
        failure("""
                labels: [1, 0]
                probabilities:
                  - -0.1
                  - 0.5
                learning_rate: 0.1
                """, 3, "probabilities[1]", "between 0 and 1");
    }

    @Test
    void probabilitiesOfTheWrongCount() {
        failure("""
                samples:
                  - [1, 0]
                  - [2, 1]
                learning_rate: 0.1
                probabilities: [0.5, 0.6, 0.7]
                """, 5, "probabilities", "3 value(s)", "2 samples");
    }

    @Test
    void samplesAndLabelsTogether() {
        failure("""
                samples:
                  - [1, 0]
                labels: [0]
                probabilities: [0.5]
                learning_rate: 0.1
                """, 3, "labels", "not both");
    }

    @Test
    void labelsWithoutProbabilities() {
        failure("""
                learning_rate: 0.1
                labels: [1, 0]
                """, 2, "labels", "probabilities");
    }

    @Test
    void severalIterationsWithLabelsOnly() {
        failure("""
                labels: [1, 0]
                probabilities: [0.9, 0.2]
                learning_rate: 0.1
                iterations: 2
                """, 4, "iterations");
    }

    @Test
    void weightsWithLabelsOnly() {
        failure("""
                labels: [1, 0]
                probabilities: [0.9, 0.2]
                weights: [1]
                learning_rate: 0.1
                """, 3, "weights");
    }

    // given quantities

    @ParameterizedTest
    @ValueSource(strings = {"q[1]", "p", "p[1,1]", "grad", "t0:cost", "t:cost", "p[99999999999]"})
    void givenIdThatIsNotAnId(String id) {
        failure("""
                samples:
                  - [1, 0]
                  - [2, 1]
                learning_rate: 0.1
                given:
                  "%s": 0.5
                """.formatted(id), 6, "given." + id, "not a quantity id");
    }

    @Test
    void givenIdOutOfRange() {
        String problem = """
                samples:
                  - [1, 2, 0]
                  - [2, 3, 1]
                learning_rate: 0.1
                iterations: 2
                given:
                  grad_b: 0.1
                  %s: 0.5
                """;
        failure(problem.formatted("p[3]"), 8, "given.p[3]", "no sample 3");
        failure(problem.formatted("z[0]"), 8, "given.z[0]", "no sample 0");
        failure(problem.formatted("\"error_x[1,3]\""), 8, "given.error_x[1,3]", "no feature 3");
        failure(problem.formatted("grad_w[3]"), 8, "given.grad_w[3]", "no feature 3");
        failure(problem.formatted("t3:cost"), 8, "given.t3:cost", "step 3", "iterations");
        failure(problem.formatted("grad_w"), 8, "given.grad_w", "not a quantity id");
    }

    @Test
    void givenProbabilityOutsideTheUnitInterval() {
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                given:
                  p[1]: 1.5
                """, 5, "given.p[1]", "between 0 and 1");
    }

    @Test
    void givenTwiceThroughProbabilities() {
        failure("""
                samples:
                  - [1, 0]
                learning_rate: 0.1
                probabilities: [0.4]
                given:
                  p[1]: 0.5
                """, 6, "given.p[1]", "already given");
    }

    @Test
    void emptyFileIsNamed() {
        assertThatThrownBy(() -> read("# nothing here\n")).isInstanceOf(ProblemException.class)
                .hasMessageStartingWith(FILE).hasMessageContaining("empty");
    }

    @Test
    void topLevelMustBeAMapping() {
        failure("""
                - [1, 0]
                - [2, 1]
                """, 1, "mapping");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-problem.yaml");
        assertThatThrownBy(() -> ProblemReader.read(missing)).isInstanceOf(ProblemException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("no such file");
    }

    @Test
    void fileIsNamedByItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "samples:\n  - [1, 0]\nlearning_rate: 0.1\nbias: x\n");
        assertThatThrownBy(() -> ProblemReader.read(file)).isInstanceOf(ProblemException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("line 4").hasMessageContaining("bias");
    }

    // good inputs

    @Test
    void defaults() throws Exception {
        Problem problem = read("""
                samples:
                  - [1, 2, 0]
                  - [3, 4, 1]
                learning_rate: 0.1
                """);
        assertThat(problem.source()).isEqualTo(FILE);
        assertThat(problem.title()).isEmpty();
        assertThat(problem.featureNames()).containsExactly("x1", "x2");
        assertThat(problem.weights()).containsExactly(BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(problem.bias()).isEqualByComparingTo("0");
        assertThat(problem.learningRate()).isEqualByComparingTo("0.1");
        assertThat(problem.iterations()).isEqualTo(1);
        assertThat(problem.arithmetic()).isEqualTo(ArithmeticMode.EXACT);
        assertThat(problem.decimals()).isEqualTo(DecimalPlaces.uniform(4));
        assertThat(problem.decimals().of(QuantityKind.GRAD_W)).isEqualTo(4);
        assertThat(problem.given()).isEmpty();
        assertThat(problem.featuresKnown()).isTrue();
        assertThat(problem.samples()).containsExactly(
                new Sample(List.of(BigDecimal.ONE, new BigDecimal("2")), 0),
                new Sample(List.of(new BigDecimal("3"), new BigDecimal("4")), 1));
    }

    @Test
    void oneFeatureIsCalledX() throws Exception {
        Problem problem = read("""
                samples: [[1.5, 0], [-2, 1]]
                learning_rate: 1
                """);
        assertThat(problem.featureNames()).containsExactly("x");
        assertThat(problem.samples().get(1).x()).containsExactly(new BigDecimal("-2"));
    }

    @Test
    void everythingGiven() throws Exception {
        Problem problem = read("""
                title: "Height and weight"
                features: [height, weight]
                samples:
                  - [1.5, 60, 0]
                  - [1.8, 80, 1]
                  - [1.7, 75, 1]
                weights: [0.5, -0.25]
                bias: −1.5
                learning_rate: 0.05
                iterations: 3
                arithmetic: hand
                decimals: 3
                decimals_for: {grad_w: 5, cost: 4}
                given:
                  p[2]: 0.75
                  t2:grad_b: 0.1
                  "error_x[3,2]": -1.25
                  t3:z[1]: 0
                """);
        assertThat(problem.title()).isEqualTo("Height and weight");
        assertThat(problem.featureNames()).containsExactly("height", "weight");
        assertThat(problem.weights()).containsExactly(new BigDecimal("0.5"), new BigDecimal("-0.25"));
        assertThat(problem.bias()).isEqualByComparingTo("-1.5");
        assertThat(problem.learningRate()).isEqualByComparingTo("0.05");
        assertThat(problem.iterations()).isEqualTo(3);
        assertThat(problem.arithmetic()).isEqualTo(ArithmeticMode.HAND);
        assertThat(problem.decimals().of(QuantityKind.P)).isEqualTo(3);
        assertThat(problem.decimals().of(QuantityKind.GRAD_W)).isEqualTo(5);
        assertThat(problem.decimals().of(QuantityKind.COST)).isEqualTo(4);
        assertThat(problem.given()).containsOnly(
                Map.entry(QuantityId.ofSample(1, QuantityKind.P, 2), new BigDecimal("0.75")),
                Map.entry(QuantityId.of(2, QuantityKind.GRAD_B), new BigDecimal("0.1")),
                Map.entry(new QuantityId(1, QuantityKind.ERROR_X, 3, 2), new BigDecimal("-1.25")),
                Map.entry(QuantityId.ofSample(3, QuantityKind.Z, 1), BigDecimal.ZERO));
    }

    @Test
    void givenIdsWithOneFeatureMayLeaveOutTheFeature() throws Exception {
        Problem problem = read("""
                samples:
                  - [1, 0]
                  - [2, 1]
                learning_rate: 0.1
                given: {"error_x[2]": 0.5, grad_w: 0.25, "p[1]": 1}
                """);
        assertThat(problem.given()).containsOnly(
                Map.entry(new QuantityId(1, QuantityKind.ERROR_X, 2, 1), new BigDecimal("0.5")),
                Map.entry(QuantityId.ofFeature(1, QuantityKind.GRAD_W, 1), new BigDecimal("0.25")),
                Map.entry(QuantityId.ofSample(1, QuantityKind.P, 1), BigDecimal.ONE));
    }

    @Test
    void labelsWithProbabilities() throws Exception {
        Problem problem = read("""
                labels: [1, 0]
                probabilities: [0.9, 0.2]
                bias: 0
                learning_rate: 0.1
                arithmetic: hand
                decimals: 3
                """);
        assertThat(problem.featuresKnown()).isFalse();
        assertThat(problem.featureCount()).isZero();
        assertThat(problem.samples()).extracting(Sample::y).containsExactly(1, 0);
        assertThat(problem.given()).containsOnly(
                Map.entry(QuantityId.ofSample(1, QuantityKind.P, 1), new BigDecimal("0.9")),
                Map.entry(QuantityId.ofSample(1, QuantityKind.P, 2), new BigDecimal("0.2")));
    }

    @Test
    void theWorkedExamplesRead() throws Exception {
        for (String name : List.of("tutorial-five-points.yaml", "tutorial-gradient-table.yaml",
                "tutorial-two-samples.yaml")) {
            Problem problem = ProblemReader.read(Path.of("worked-examples", name));
            assertThat(problem.source()).endsWith(name);
        }
        Problem tutorial = ProblemReader.read(Path.of("worked-examples", "tutorial-five-points.yaml"));
        assertThat(tutorial.decimals().of(QuantityKind.GRAD_W)).isEqualTo(4);
        assertThat(tutorial.decimals().of(QuantityKind.GRAD_B)).isEqualTo(4);
        assertThat(tutorial.decimals().of(QuantityKind.COST)).isEqualTo(4);
        assertThat(tutorial.decimals().of(QuantityKind.P)).isEqualTo(3);
        assertThat(tutorial.weights()).containsExactly(new BigDecimal("2.197"));
        assertThat(tutorial.bias()).isEqualTo(new BigDecimal("-6.593"));
    }
}
