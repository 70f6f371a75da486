package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;

/**
 * Mistakes planted one at a time in the tutorial's answer key (w = 2.197, b = −6.593, α = 0.1, by
 * hand with 3 places, 4 for the gradients and the cost), each worked out by hand here: the checker
 * must give the planted value the right verdict, name the mistake, and show the expected value.
 */
class MistakeCatalogueTest {

    static Trace tutorial;
    static Checker checker;
    static Map<String, String> key;

    @BeforeAll
    static void trace() throws Exception {
        tutorial = Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-five-points.yaml")));
        checker = new Checker(tutorial, MarkingScheme.defaults());
        key = Answers.key(tutorial);
    }

    @ParameterizedTest(name = "{0} = {1}: {2} ({3}), expected {4}")
    @CsvSource(delimiter = '|', value = {
        // ŷ₂ − y₂ written as y₂ − ŷ₂ = 0 − 0.100
        "error[2]     | -0.100  | wrong    | error-sign       | 0.100",
        // −log₁₀(1 − 0.500) = 0.30103
        "loss[3]      | 0.301   | wrong    | log-base-10      | 0.693",
        // J = 0.927 not divided by 5
        "cost         | 0.927   | wrong    | sum-not-average  | 0.1854",
        // ∂J/∂b = 0.500/4 instead of 0.500/5
        "grad_b       | 0.1250  | wrong    | wrong-count      | 0.1000",
        // 2.197 + 0.1·0.2504 = 2.22204
        "w_new        | 2.222   | wrong    | added-gradient   | 2.172",
        // ŷ₂ written as z₂ itself
        "p[2]         | -2.199  | wrong    | z-for-p          | 0.100",
        // (ŷ₃ − y₃)·x₃ written as ŷ₃ − y₃ = 0.500
        "error_x[3]   | 0.500   | wrong    | forgot-x         | 1.500",
        // z₂ = b·x₂ + w = −6.593·2 + 2.197 = −10.989
        "z[2]         | -10.989 | wrong    | swapped-w-b      | -2.199",
        // b − ∂J/∂b = −6.593 − 0.1000
        "b_new        | -6.693  | wrong    | no-learning-rate | -6.603",
        // Σ(ŷ − y)·x = 1.252 rounded to 1.25 before dividing: 0.2500
        "grad_w       | 0.2500  | wrong    | rounded-early    | 0.2504",
        // σ(2.195) = 0.89980 truncated
        "p[4]         | 0.899   | rounding | truncated        | 0.900",
        // −ln(0.900) = 0.10536 rounded to 2 places
        "loss[2]      | 0.11    | rounding | too-few-places   | 0.105",
        // σ(−4.396) = 0.012178: 0.013 is off in the last digit
        "p[1]         | 0.013   | rounding | last-digit       | 0.012",
    })
    void plantedMistakeIsRecognised(String id, String value, String verdict, String diagnosis, String expected) {
        CheckResult result = checker.check(Answers.submission(Answers.with(key, id, value)));
        Mark mark = Answers.mark(result, id, 1);
        assertThat(mark.verdict().word()).isEqualTo(verdict);
        assertThat(mark.diagnosis()).isNotNull();
        assertThat(mark.diagnosis().mistake().code()).isEqualTo(diagnosis);
        assertThat(mark.shown()).isEqualByComparingTo(expected);
        // only the planted value is marked down; the rest of the key stays correct
        assertThat(result.marks()).filteredOn(m -> m != mark).allMatch(m -> m.verdict() == Verdict.CORRECT);
    }

    @Test
    void theSignOfTheErrorCarriedThroughIsPenalisedOnceWhereItWasMade() {
        Map<String, String> answers = Answers.with(key, "error[4]", "0.100");
        answers = Answers.with(answers, "error_x[4]", "0.400");
        answers = Answers.with(answers, "sum_error", "0.700");       // 0.012 + 0.100 + 0.500 + 0.100 − 0.012
        answers = Answers.with(answers, "sum_error_x", "2.052");     // 0.012 + 0.200 + 1.500 + 0.400 − 0.060
        answers = Answers.with(answers, "grad_w", "0.4104");
        answers = Answers.with(answers, "grad_b", "0.1400");
        answers = Answers.with(answers, "w_new", "2.156");           // 2.197 − 0.04104 = 2.15596
        answers = Answers.with(answers, "b_new", "-6.607");
        answers = Answers.with(answers, "boundary_new", "3.064");    // 6.607/2.156 = 3.06447…
        CheckResult result = checker.check(Answers.submission(answers));
        assertThat(Answers.mark(result, "error[4]", 1).diagnosis().mistake()).isEqualTo(Mistake.ERROR_SIGN);
        for (String id : new String[] {"error_x[4]", "sum_error", "sum_error_x", "grad_w", "grad_b", "w_new", "b_new",
                "boundary_new"}) {
            assertThat(Answers.mark(result, id, 1).verdict()).as(id).isEqualTo(Verdict.FOLLOW_THROUGH);
        }
        assertThat(result.score()).isEqualByComparingTo(result.maxScore().subtract(java.math.BigDecimal.ONE));
    }

    @Test
    void aWrongValueFromTheStudentsOwnInputsIsNotFollowThrough() {
        // error_x[4] from the student's −0.101 would be −0.404; −0.500 is wrong either way
        Map<String, String> answers = Answers.with(Answers.with(key, "error[4]", "-0.101"), "error_x[4]", "-0.500");
        Mark mark = Answers.mark(checker.check(Answers.submission(answers)), "error_x[4]", 1);
        assertThat(mark.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(mark.recomputed().value().toBigDecimal()).isEqualByComparingTo("-0.404");
        assertThat(mark.differing()).extracting(in -> in.id().toString(1)).containsExactly("error[4]");
    }

    @Test
    void missingAndUnreadableValuesAreMarkedAndLaterOnesRecomputedFromWhatTheyImply() {
        Map<String, String> answers = Answers.with(Answers.with(key, "p[4]", "0.899"), "error[4]", "");
        answers = Answers.with(answers, "error_x[4]", "-0.404");   // from the −0.101 that ŷ₄ = 0.899 implies
        answers = Answers.with(answers, "loss[4]", "abc");
        CheckResult result = checker.check(Answers.submission(answers));
        assertThat(Answers.mark(result, "error[4]", 1).verdict()).isEqualTo(Verdict.MISSING);
        assertThat(Answers.mark(result, "loss[4]", 1).verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(Answers.mark(result, "loss[4]", 1).written().text()).isEqualTo("abc");
        assertThat(Answers.mark(result, "error_x[4]", 1).verdict()).isEqualTo(Verdict.FOLLOW_THROUGH);
        assertThat(result.score()).isEqualByComparingTo("32.5"); // 35 − ½ (rounding) − 1 − 1
    }
}
