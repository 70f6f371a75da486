package org.showwork.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemException;
import org.showwork.problem.ProblemReader;
import org.showwork.problem.TemplateConstraints;

/** A template's own conditions, on the tutorial's five points (w = 2.197, b = −6.593, ŷ₃ shown as 0.500). */
class ConditionTest {

    private static boolean holds(String text, String problemFile) throws Exception {
        Problem problem = ProblemReader.read(Path.of("worked-examples", problemFile));
        Trace trace = Tracer.trace(problem);
        return Condition.parse(new TemplateConstraints.Requirement(text, "t.yaml", 5, 7)).holds(problem, trace);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.4 <= p[3] <= 0.6      | true
            0.4 <= p[3] < 0.5       | false
            p[3] = 0.5              | true
            p[3] == 0.500           | true
            abs(z[3]) < 0.01        | true
            abs(z[3]) < 0.001       | false
            -b > 6                  | true
            - ( b ) > 6             | true
            w = 2.197               | true
            w != 2.197              | false
            w[1] ≠ 2.197            | false
            x[4] ≥ 4                | true
            x[4,1] > 4              | false
            y[5] = 1                | true
            n == 5                  | true
            alpha = learning_rate   | true
            learning_rate = 0.1     | true
            p[1] < p[2] < p[3] < p[4] < p[5] | true
            p[1] < p[2] > p[3]      | false
            boundary_new > boundary | true
            w_new < w               | true
            """)
    void conditionsOnTheTutorial(String condition, boolean expected) throws Exception {
        assertThat(holds(condition, "tutorial-five-points.yaml")).isEqualTo(expected);
    }

    @Test
    void aQuantityTheRunDoesNotDeriveMakesTheConditionFalse() throws Exception {
        // with labels and probabilities only, there are no scores
        assertThat(holds("z[1] > -1000", "tutorial-two-samples.yaml")).isFalse();
        assertThat(holds("error[1] < 0", "tutorial-two-samples.yaml")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            grad_w >        | a value is missing at the end
            grad_w          | a condition compares values
            grad_w >> 0     | expected a number or a name (such as p[1], grad_w, w, b, x[2]) at character 9
            abs(z[1] > 0    | a '(' is not closed
            p[1] ~ 0        | expected a comparison (<, <=, >, >=, =, !=) at character 6
            """)
    void syntaxMistakesNameTheCondition(String condition, String words) {
        assertThatThrownBy(() -> Condition.parse(new TemplateConstraints.Requirement(condition, "t.yaml", 5, 7)))
                .isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("t.yaml, line 5, column 7, at constraints.require '" + condition + "': ")
                .hasMessageContaining(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            p[9] > 0      | 'p[9]' names no value of this problem; the samples are 1 to 5
            t2:cost > 0   | the run has 1 step(s)
            grad_w[2] > 0 | the features are 1 to 1
            foo > 1       | the names are quantity ids
            w[2] > 0      | there is one feature
            x[0] > 1      | give the sample, 1 to 5
            b[1] > 0      | it takes no index
            y[1,1] > 0    | y[i] takes one index
            """)
    void namesTheProblemDoesNotHave(String condition, String words) {
        assertThatThrownBy(() -> holds(condition, "tutorial-five-points.yaml"))
                .isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("t.yaml, line 5, column 7, at constraints.require '" + condition + "': ")
                .hasMessageContaining(words);
    }
}
