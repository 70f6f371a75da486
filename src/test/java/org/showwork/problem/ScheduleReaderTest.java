package org.showwork.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedule keys of a problem file: batch, shuffle_seed, l2, until and show. */
class ScheduleReaderTest {

    private static final String DATA = "samples:\n  - [1, 0]\n  - [2, 0]\n  - [3, 1]\n  - [4, 1]\nlearning_rate: 0.1\n";

    private static Problem read(String extra) throws ProblemException {
        return ProblemReader.read(DATA + extra, "p.yaml");
    }

    @Test
    void withoutScheduleKeysItIsFullBatchWithoutPenaltyShowingEverything() throws Exception {
        Schedule s = read("").schedule();
        assertThat(s.fullBatchOnly()).isTrue();
        assertThat(s.shuffleSeed()).isEmpty();
        assertThat(s.l2()).isEqualByComparingTo("0");
        assertThat(s.until()).isEmpty();
        assertThat(s.show().all()).isTrue();
    }

    @Test
    void readsEveryKey() throws Exception {
        Problem p = read("batch: 2\nshuffle_seed: 5\nl2: 0.25\nuntil: {gradient_norm: 1e-6, max_iterations: 300}\n"
                + "show: [1, 3, last]\n");
        Schedule s = p.schedule();
        assertThat(s.batchSize()).isEqualTo(2);
        assertThat(s.shuffleSeed().getAsLong()).isEqualTo(5);
        assertThat(s.l2()).isEqualByComparingTo("0.25");
        assertThat(s.until().orElseThrow().gradientNorm()).isEqualByComparingTo(new BigDecimal("1e-6"));
        assertThat(p.iterations()).isEqualTo(300);
        assertThat(s.show().numbers()).containsExactly(1, 3);
        assertThat(s.show().all()).isFalse();
    }

    @Test
    void sgdIsBatchesOfOneAndABatchOfAllIsFullBatch() throws Exception {
        assertThat(read("batch: sgd\n").schedule().batchSize(4)).isEqualTo(1);
        assertThat(read("batch: 4\n").schedule().fullBatchOnly()).isTrue();
        assertThat(read("batch: full\n").schedule().fullBatchOnly()).isTrue();
    }

    @Test
    void longRunsShowTheFirstTwoAndTheLastByDefault() throws Exception {
        Schedule s = read("iterations: 500\n").schedule();
        assertThat(s.show().all()).isFalse();
        assertThat(s.show().numbers()).isEqualTo(List.of(1, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "batch: many|batch|line 7",
            "batch: 0|batch|line 7",
            "l2: -1|l2|line 7",
            "until: {max_iterations: 10}|gradient_norm|line 7",
            "until: {gradient_norm: 0}|gradient_norm|line 7",
            "until: {gradient_norm: 0.1, patience: 3}|patience|line 7",
            "show: [0]|show|line 7",
            "shuffle_seed: 1.5|shuffle_seed|line 7"})
    void mistakesAreNamedWithTheirLine(String line, String word, String where) {
        assertThatThrownBy(() -> read(line + "\n")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("p.yaml").hasMessageContaining(word).hasMessageContaining(where);
    }
}
