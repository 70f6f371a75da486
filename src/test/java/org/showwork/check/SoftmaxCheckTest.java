package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Blanks;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.markdown.MarkdownRenderer;
import org.showwork.render.view.DerivationView;

/**
 * The checker on softmax problems: Jurafsky & Martin's printed probabilities (two truncated, one
 * with too few places), error carried forward through the softmax (a wrong score makes every
 * probability of its sample follow-through), and the softmax's own named mistakes.
 */
class SoftmaxCheckTest {

    private static Map<String, String> verdicts(CheckResult result, int d) {
        return result.marks().stream().collect(Collectors.toMap(m -> m.id().toString(d),
                m -> m.verdict().word() + (m.diagnosis() == null ? "" : " " + m.diagnosis().mistake().code())));
    }

    @Test
    void jurafskyAndMartinTruncateTwoOfTheirProbabilities() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(Path.of("worked-examples/jurafsky-martin-scores.yaml")));
        CheckResult result = new Checker(trace, MarkingScheme.defaults()).check(
                SubmissionReader.read(Path.of("worked-examples/check/jurafsky-martin-as-printed.yaml")));
        assertThat(verdicts(result, 0)).containsEntry("p[1,1]", "correct").containsEntry("p[1,2]", "correct")
                .containsEntry("p[1,3]", "rounding truncated").containsEntry("p[1,4]", "rounding truncated")
                .containsEntry("p[1,5]", "rounding too-few-places").containsEntry("p[1,6]", "correct")
                .containsEntry("loss[1]", "missing");
    }

    @Test
    void aWrongScoreMakesEveryProbabilityOfItsSampleFollowThrough() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(Path.of("worked-examples/softmax-three-classes.yaml")));
        Map<String, String> answers = ownValues(trace);
        answers.put("z[1,1]", "0.600");
        // from the student's own scores 0.600, 0.100, −0.300
        answers.put("p[1,1]", "0.497");
        answers.put("p[1,2]", "0.301");
        answers.put("p[1,3]", "0.202");
        answers.put("error[1,1]", "-0.503");
        // sample 2: σ(z) of each class's score
        answers.put("p[2,1]", "0.599");
        // sample 3: the scores over their sum
        answers.put("p[3,2]", "1.125");
        // sample 4: the other classes' exponentials only
        answers.put("p[4,2]", "0.982");
        CheckResult result = new Checker(trace, MarkingScheme.defaults()).check(SubmissionReader.read(yaml(answers),
                "student.yaml"));
        Map<String, String> verdicts = verdicts(result, 2);
        assertThat(verdicts).containsEntry("z[1,1]", "wrong").containsEntry("p[1,1]", "follow-through")
                .containsEntry("p[1,2]", "follow-through").containsEntry("p[1,3]", "follow-through")
                .containsEntry("error[1,1]", "follow-through").containsEntry("z[1,2]", "correct")
                .containsEntry("p[2,1]", "wrong sigmoid-for-softmax")
                .containsEntry("p[3,2]", "wrong wrong-normaliser")
                .containsEntry("p[4,2]", "wrong wrong-normaliser")
                .containsEntry("t3:w_new[2,1]", "correct");
    }

    @Test
    void aFilledInSoftmaxWorksheetIsReadBackAndMarked() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(Path.of("worked-examples/softmax-three-classes.yaml")));
        Predicate<QuantityId> asked = id -> id.kind() == QuantityKind.P
                || id.kind() == QuantityKind.GRAD_W;
        String worksheet = new MarkdownRenderer()
                .render(DerivationView.worksheet(trace, asked));
        Map<String, String> key = ownValues(trace);
        Matcher blank = Pattern.compile("`([^`]+): ____`").matcher(worksheet);
        StringBuilder filled = new StringBuilder();
        int blanks = 0;
        while (blank.find()) {
            blank.appendReplacement(filled, "`" + blank.group(1) + ": " + key.get(blank.group(1)) + "`");
            blanks++;
        }
        blank.appendTail(filled);
        assertThat(blanks).isEqualTo(3 * (6 * 3 + 3 * 2));
        CheckResult result = new Checker(trace, MarkingScheme.defaults().withAsked(
                Blanks.of(trace, asked)::contains)).check(SubmissionReader.read(filled.toString(),
                "worksheet.md"));
        assertThat(result.marks()).hasSize(blanks);
        assertThat(result.marks()).allMatch(m -> m.verdict().word().equals("correct"));
    }

    /** Every quantity of the trace as the document shows it. */
    private static Map<String, String> ownValues(Trace trace) {
        Map<String, String> values = new LinkedHashMap<>();
        trace.forEachQuantity((id, q) -> {
            if (q.finite()) {
                values.put(id.toString(2), q.value().toBigDecimal().setScale(3, RoundingMode.HALF_UP).toPlainString());
            }
        });
        return values;
    }

    private static String yaml(Map<String, String> answers) {
        StringBuilder s = new StringBuilder("student: test\n");
        answers.forEach((id, value) -> s.append(id).append(": ").append(value).append('\n'));
        return s.toString();
    }
}
