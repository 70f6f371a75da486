package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;

/** The tutorial's own numbers checked against its problem: the worked example, verdict by verdict. */
class TutorialCheckTest {

    @Test
    void theTutorialTruncatesOneProbabilityAndBuildsOnIt() throws Exception {
        Checker checker = new Checker(Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-five-points.yaml"))),
                MarkingScheme.defaults());
        CheckResult result = checker.check(SubmissionReader.read(Path.of("worked-examples/check/tutorial-as-submitted.yaml")));
        Map<String, String> verdicts = result.marks().stream().collect(Collectors.toMap(m -> m.id().toString(1),
                m -> m.verdict().word() + (m.diagnosis() == null ? "" : " " + m.diagnosis().mistake().code())));
        assertThat(verdicts).containsEntry("p[4]", "rounding truncated")
                .containsEntry("loss[4]", "follow-through").containsEntry("error[4]", "follow-through")
                .containsEntry("error_x[4]", "follow-through").containsEntry("sum_error_x", "follow-through")
                .containsEntry("sum_error", "follow-through").containsEntry("grad_w", "follow-through")
                .containsEntry("grad_b", "follow-through").containsEntry("cost", "follow-through")
                .containsEntry("w_new", "correct").containsEntry("b_new", "correct")
                .containsEntry("z[4]", "correct").containsEntry("p[3]", "correct")
                .containsEntry("sum_loss", "missing").containsEntry("boundary", "missing");
        assertThat(result.notes()).isEmpty();
    }
}
