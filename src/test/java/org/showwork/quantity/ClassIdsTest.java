package org.showwork.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids of a softmax model carry a class index after the sample; the binary ids read as before. */
class ClassIdsTest {

    @ParameterizedTest(name = "{0} with d={1}, K={2} is {3}")
    @CsvSource(delimiter = '|', value = {
        "z[2,3]          | 2 | 3 | z[2,3]",
        "p[4, 1]         | 1 | 3 | p[4,1]",
        "error_x[2,3,1]  | 2 | 3 | error_x[2,3,1]",
        "error_x[2,3]    | 1 | 3 | error_x[2,3]",
        "t2:grad_w[3,2]  | 2 | 4 | t2:grad_w[3,2]",
        "grad_w[3]       | 1 | 4 | grad_w[3]",
        "sum_error[2]    | 2 | 3 | sum_error[2]",
        "sum_error_x[2,1]| 2 | 3 | sum_error_x[2,1]",
        "b_new[3]        | 2 | 3 | b_new[3]",
        "loss[5]         | 2 | 3 | loss[5]",
        "cost            | 2 | 3 | cost",
        "error_x[2,1]    | 2 | 0 | error_x[2,1]",
        "grad_w          | 1 | 0 | grad_w",
    })
    void readsAndWritesClassIndices(String text, int d, int k, String canonical) {
        QuantityId id = QuantityId.parse(text, d, k).orElseThrow();
        assertThat(id.toString(d)).isEqualTo(canonical);
        assertThat(QuantityId.parse(id.toString(d), d, k)).contains(id);
        assertThat(id.classIndex() > 0).isEqualTo(k > 0 && id.kind().perClass());
    }

    @ParameterizedTest(name = "{0} is no id with d={1}, K={2}")
    @CsvSource(delimiter = '|', value = {
        "z[2]           | 2 | 3",
        "grad_b         | 2 | 3",
        "grad_w[3]      | 2 | 3",
        "error_x[2,3]   | 2 | 3",
        "loss[2,1]      | 2 | 3",
        "p[2,0]         | 2 | 3",
        "z[2,1]         | 2 | 0",
    })
    void refusesIdsWithTheWrongIndices(String text, int d, int k) {
        assertThat(QuantityId.parse(text, d, k)).isEmpty();
    }
}
