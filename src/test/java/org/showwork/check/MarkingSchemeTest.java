package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemException;
import org.showwork.problem.ProblemReader;
import org.showwork.quantity.QuantityId;

/** Marking schemes: tolerances, points and credit, per problem and per quantity, and their mistakes. */
class MarkingSchemeTest {

    @ParameterizedTest(name = "{0}: {1} for {2} is {3}")
    @CsvSource(delimiter = '|', value = {
        "shown     | 0.8998 | 0.89979 | true",
        "shown     | 0.899  | 0.89979 | false",
        "places:2  | 0.9    | 0.89979 | true",
        "abs:0.001 | 0.899  | 0.89979 | true",
        "abs:0.0001| 0.899  | 0.89979 | false",
        "rel:1%    | 0.891  | 0.89979 | true",
        "rel:0.001 | 0.891  | 0.89979 | false",
        "sig:2     | 0.90   | 0.89979 | true",
        "sig:4     | 0.8997 | 0.89979 | false",
    })
    void tolerances(String spelling, String given, String expected, boolean accepted) {
        Tolerance tolerance = Tolerance.parse(spelling).orElseThrow();
        assertThat(tolerance.accepts(new BigDecimal(given), new BigDecimal(expected), 3)).isEqualTo(accepted);
        assertThat(Tolerance.parse(tolerance.spelling())).contains(tolerance);
    }

    @Test
    void badTolerancesAreNotRead() {
        for (String bad : new String[] {"abs:-1", "places:1.5", "sig:0", "abs", "near", "abs:1%", "rel:x"}) {
            assertThat(Tolerance.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void aSoftmaxSchemeNamesQuantitiesWithTheirClass() throws Exception {
        MarkingScheme scheme = MarkingSchemeReader.read("""
                asked: p[1,2], grad_b[3]
                points_for:
                  p[1,2]: 3
                tolerance_for:
                  grad_b[3]: abs:0.01
                """, "marking.yaml", 2, 3);
        QuantityId p12 = QuantityId.parse("p[1,2]", 2, 3).orElseThrow();
        assertThat(scheme.asked().test(p12)).isTrue();
        assertThat(scheme.asked().test(QuantityId.parse("p[1,1]", 2, 3).orElseThrow())).isFalse();
        assertThat(scheme.pointsFor(p12)).isEqualByComparingTo("3");
        assertThatThrownBy(() -> MarkingSchemeReader.read("points_for: {p[1,4]: 2}\n", "m.yaml", 2, 3))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aSchemeSetsTolerancePointsAndCreditPerKindAndPerId() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-five-points.yaml")));
        MarkingScheme scheme = MarkingSchemeReader.read("""
                asked: forward, update
                tolerance: abs:0.0005
                tolerance_for:
                  p: sig:2
                  p[1]: shown
                points: 2
                points_for:
                  w_new: 4
                  z[1]: 0
                credit: {rounding: 0.25, follow-through: 0.5}
                """, "marking.yaml", 1);
        Map<String, String> answers = Answers.with(Answers.key(trace), "p[2]", "0.1");   // 2 figures: right
        answers = Answers.with(answers, "p[1]", "0.01");                                   // shown places: a slip
        answers = Answers.with(answers, "z[2]", "-2.1994");                                // within 0.0005
        CheckResult result = new Checker(trace, scheme).check(Answers.submission(answers));
        assertThat(result.marks()).extracting(m -> m.id().toString(1))
                .containsExactly("z[1]", "p[1]", "z[2]", "p[2]", "z[3]", "p[3]", "z[4]", "p[4]", "z[5]", "p[5]", "w_new", "b_new");
        assertThat(Answers.mark(result, "p[2]", 1).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(Answers.mark(result, "z[2]", 1).verdict()).isEqualTo(Verdict.CORRECT);
        Mark p1 = Answers.mark(result, "p[1]", 1);
        assertThat(p1.verdict()).isEqualTo(Verdict.ROUNDING);
        assertThat(p1.points()).isEqualByComparingTo("0.5");   // 2 points × 0.25
        assertThat(Answers.mark(result, "w_new", 1).maxPoints()).isEqualByComparingTo("4");
        assertThat(result.maxScore()).isEqualByComparingTo("24");   // 9 × 2 + 0 + 4 + 2
        assertThat(result.score()).isEqualByComparingTo("22.5");
    }

    @Test
    void mistakesInASchemeNameFileLineAndKey() {
        assertThatThrownBy(() -> MarkingSchemeReader.read("points: 1\ntolerence: abs:0.1\n", "m.yaml", 1))
                .isInstanceOf(ProblemException.class).hasMessageContaining("m.yaml, line 2")
                .hasMessageContaining("did you mean 'tolerance'");
        assertThatThrownBy(() -> MarkingSchemeReader.read("tolerance_for:\n  p: near\n", "m.yaml", 1))
                .isInstanceOf(ProblemException.class).hasMessageContaining("line 2").hasMessageContaining("tolerance_for.p")
                .hasMessageContaining("not a tolerance");
        assertThatThrownBy(() -> MarkingSchemeReader.read("credit: {rounding: 2}\n", "m.yaml", 1))
                .isInstanceOf(ProblemException.class).hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> MarkingSchemeReader.read("points_for: {gradw: 2}\n", "m.yaml", 1))
                .isInstanceOf(ProblemException.class).hasMessageContaining("'gradw'").hasMessageContaining("grad_w");
        assertThatThrownBy(() -> MarkingSchemeReader.read("points: -1\n", "m.yaml", 1))
                .isInstanceOf(ProblemException.class).hasMessageContaining("at least 0");
    }
}
