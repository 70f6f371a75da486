package org.showwork.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityIdTest {

    @ParameterizedTest
    @CsvSource({
        "z[1], 1, Z, 1, 0",
        "p[4], 1, P, 4, 0",
        "loss[12], 1, LOSS, 12, 0",
        "error[3], 1, ERROR, 3, 0",
        "'error_x[2,1]', 1, ERROR_X, 2, 1",
        "sum_loss, 1, SUM_LOSS, 0, 0",
        "sum_error, 1, SUM_ERROR, 0, 0",
        "sum_error_x[2], 1, SUM_ERROR_X, 0, 2",
        "cost, 1, COST, 0, 0",
        "grad_w[3], 1, GRAD_W, 0, 3",
        "grad_b, 1, GRAD_B, 0, 0",
        "w_new[1], 1, W_NEW, 0, 1",
        "b_new, 1, B_NEW, 0, 0",
        "boundary, 1, BOUNDARY, 0, 0",
        "boundary_new, 1, BOUNDARY_NEW, 0, 0",
        "t2:grad_b, 2, GRAD_B, 0, 0",
        "'t10:error_x[7,3]', 10, ERROR_X, 7, 3",
        "t3:p[1], 3, P, 1, 0",
    })
    void parsesAndFormatsCanonicalIds(String text, int iteration, QuantityKind kind, int sample, int feature) {
        QuantityId id = new QuantityId(iteration, kind, sample, feature);
        assertThat(QuantityId.parse(text, 3)).contains(id);
        assertThat(id.toString()).isEqualTo(text);
        assertThat(QuantityId.parse(id.toString(), 3)).contains(id);
    }

    @Test
    void featureIndexIsOptionalWithOneFeature() {
        assertThat(QuantityId.parse("error_x[3]", 1)).contains(new QuantityId(1, QuantityKind.ERROR_X, 3, 1));
        assertThat(QuantityId.parse("error_x[3,1]", 1)).contains(new QuantityId(1, QuantityKind.ERROR_X, 3, 1));
        assertThat(QuantityId.parse("grad_w", 1)).contains(QuantityId.ofFeature(1, QuantityKind.GRAD_W, 1));
        assertThat(QuantityId.parse("t2:w_new", 1)).contains(QuantityId.ofFeature(2, QuantityKind.W_NEW, 1));
        assertThat(QuantityId.parse("sum_error_x", 1)).contains(QuantityId.ofFeature(1, QuantityKind.SUM_ERROR_X, 1));

        QuantityId errorX = new QuantityId(2, QuantityKind.ERROR_X, 4, 1);
        assertThat(errorX.toString(1)).isEqualTo("t2:error_x[4]");
        assertThat(errorX.toString()).isEqualTo("t2:error_x[4,1]");
        assertThat(QuantityId.ofFeature(1, QuantityKind.GRAD_W, 1).toString(1)).isEqualTo("grad_w");
        assertThat(QuantityId.parse(errorX.toString(1), 1)).contains(errorX);
        // with several features, the short form keeps the index
        assertThat(new QuantityId(1, QuantityKind.ERROR_X, 4, 2).toString(2)).isEqualTo("error_x[4,2]");
    }

    @Test
    void featureIndexIsRequiredWithSeveralFeatures() {
        assertThat(QuantityId.parse("error_x[3]", 2)).isEmpty();
        assertThat(QuantityId.parse("grad_w", 2)).isEmpty();
        assertThat(QuantityId.parse("w_new", 0)).isEmpty();
        assertThat(QuantityId.parse("grad_w[2]", 2)).contains(QuantityId.ofFeature(1, QuantityKind.GRAD_W, 2));
    }

    @Test
    void iterationOneHasNoPrefix() {
        assertThat(QuantityId.parse("t1:cost", 1)).contains(QuantityId.of(1, QuantityKind.COST));
        assertThat(QuantityId.of(1, QuantityKind.COST).toString()).isEqualTo("cost");
        assertThat(QuantityId.of(2, QuantityKind.COST).toString()).isEqualTo("t2:cost");
        assertThat(QuantityId.of(1, QuantityKind.COST).inIteration(5)).isEqualTo(QuantityId.of(5, QuantityKind.COST));
    }

    @Test
    void spacesAroundTheIdAndAfterTheCommaAreAllowed() {
        assertThat(QuantityId.parse("  error_x[2, 1] ", 2)).contains(new QuantityId(1, QuantityKind.ERROR_X, 2, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q", "z", "z[]", "z[1,2]", "cost[1]", "grad_b[1]", "p[x]", "p[-1]", "p[1", "p1",
        "P[1]", "grad_w[0]", "error_x[1,0]", "sum_error_x[1,2]", "error_x", "t:cost", "t2cost", "2:cost", "tt2:cost",
        "t2:", "t-1:cost", "t0:cost", "t00:grad_b", "p[99999999999]", "t99999999999:cost",
        "error_x[1,99999999999]", "cost extra", "p[1] p[2]", "z[1]]"})
    void rejectsMalformedIds(String text) {
        assertThat(QuantityId.parse(text, 2)).as("'%s'", text).isEmpty();
        assertThat(QuantityId.parse(text, 1)).as("'%s' with one feature", text).isEmpty();
    }
}
