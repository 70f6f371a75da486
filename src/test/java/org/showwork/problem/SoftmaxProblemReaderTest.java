package org.showwork.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** The keys of a softmax problem: model, classes, K rows of weights, K biases, K probabilities per sample, class ids. */
class SoftmaxProblemReaderTest {

    private static final String SAMPLES = "samples:\n  - [1.0, 0]\n  - [2.0, 1]\n  - [3.0, 2]\nlearning_rate: 0.1\n";

    private static Problem read(String yaml) throws ProblemException {
        return ProblemReader.read(yaml, "p.yaml");
    }

    @Test
    void readsClassesRowsOfWeightsAndBiases() throws Exception {
        Problem p = read("model: softmax\nclasses: [a, b, c]\n" + SAMPLES
                + "weights: [[0.1], [0.2], [0.3]]\nbias: [1, 2, 3]\ngiven:\n  z[2,3]: 0.5\n  t1:grad_b[2]: 0.25\n");
        assertThat(p.softmax()).isTrue();
        assertThat(p.classCount()).isEqualTo(3);
        assertThat(p.classes().names()).containsExactly("a", "b", "c");
        assertThat(p.weight(2, 1)).isEqualByComparingTo("0.2");
        assertThat(p.bias(3)).isEqualByComparingTo("3");
        assertThat(p.given()).containsEntry(new QuantityId(1, QuantityKind.Z, 2, 0, 3), new BigDecimal("0.5"))
                .containsEntry(new QuantityId(1, QuantityKind.GRAD_B, 0, 0, 2), new BigDecimal("0.25"));
    }

    @Test
    void defaultsAreZerosAndNamesFromTheLabels() throws Exception {
        Problem p = read("model: softmax\n" + SAMPLES);
        assertThat(p.classes().names()).containsExactly("class 0", "class 1", "class 2");
        assertThat(p.weight(3, 1)).isZero();
        assertThat(read("classes: 4\n" + SAMPLES).classCount()).isEqualTo(4);
    }

    @Test
    void probabilitiesAreARowPerSample() throws Exception {
        Problem p = read("model: softmax\nlabels: [0, 2]\nclasses: 3\nlearning_rate: 1\n"
                + "probabilities: [[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]]\n");
        assertThat(p.given()).containsEntry(new QuantityId(1, QuantityKind.P, 2, 0, 1), new BigDecimal("0.6"));
    }

    @Test
    void mistakesNameTheFileLineAndKey() {
        assertThatThrownBy(() -> read(SAMPLES)).hasMessageContaining("line 4").hasMessageContaining("samples[3]")
                .hasMessageContaining("need 'model: softmax'");
        assertThatThrownBy(() -> read("model: multinomial\n" + SAMPLES)).hasMessageContaining("line 1")
                .hasMessageContaining("'logistic'").hasMessageContaining("'softmax'");
        assertThatThrownBy(() -> read("model: softmax\nclasses: [a, b]\n" + SAMPLES)).hasMessageContaining("at classes")
                .hasMessageContaining("label 2");
        assertThatThrownBy(() -> read("model: softmax\n" + SAMPLES + "weights: [[0.1], [0.2]]\n"))
                .hasMessageContaining("at weights").hasMessageContaining("needs 3");
        assertThatThrownBy(() -> read("model: softmax\n" + SAMPLES + "bias: 1\n")).hasMessageContaining("at bias")
                .hasMessageContaining("one bias per class");
        assertThatThrownBy(() -> read("model: softmax\n" + SAMPLES + "given:\n  z[1,4]: 1\n"))
                .hasMessageContaining("there is no class 4");
        assertThatThrownBy(() -> read("model: softmax\n" + SAMPLES + "given:\n  z[1]: 1\n"))
                .hasMessageContaining("not a quantity id").hasMessageContaining("p[1,2]");
        assertThatThrownBy(() -> read("model: logistic\nclasses: [a, b]\nsamples:\n  - [1, 0]\nlearning_rate: 1\n"))
                .hasMessageContaining("model: softmax");
    }
}
