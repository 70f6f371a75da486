package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemException;
import org.showwork.problem.ProblemReader;

/**
 * A misconception repeated across samples is one pattern: found once, and counted once or each
 * time as the marking scheme says; and the scheme's rules are read, with their mistakes named.
 */
class MisconceptionPatternsTest {

    private Trace tutorial;
    private Map<String, String> key;

    @BeforeEach
    void tutorial() throws Exception {
        tutorial = Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-five-points.yaml")));
        key = Answers.key(tutorial);
    }

    /** The key with the error's sign reversed in the given samples, and nothing built on it changed. */
    private Submission reversed(int... samples) {
        Map<String, String> answers = key;
        for (int i : samples) {
            String error = "error[" + i + "]";
            answers = Answers.with(answers, error, new BigDecimal(key.get(error)).negate().toPlainString());
        }
        return Answers.submission(answers);
    }

    private CheckResult marked(Submission submission, MarkingScheme scheme) {
        return MisconceptionPatterns.apply(new Checker(tutorial, scheme).check(submission), scheme);
    }

    @Test
    void theErrorsSignReversedInEverySampleIsOnePattern() {
        CheckResult each = marked(reversed(1, 2, 3, 4, 5), MarkingScheme.defaults());
        assertThat(each.patterns()).hasSize(1);
        MisconceptionPattern pattern = each.patterns().get(0);
        assertThat(pattern.mistake()).isEqualTo(Mistake.ERROR_SIGN);
        assertThat(pattern.ids()).extracting(id -> id.toString(1))
                .containsExactly("error[1]", "error[2]", "error[3]", "error[4]", "error[5]");
        assertThat(pattern.extent()).isEqualTo("in all 5 samples");
        assertThat(pattern.countedOnce()).isFalse();
        // each: every value marked on its own, as without patterns
        CheckResult plain = new Checker(tutorial, MarkingScheme.defaults()).check(reversed(1, 2, 3, 4, 5));
        assertThat(each.score()).isEqualByComparingTo(plain.score());
        assertThat(Answers.mark(each, "error[3]", 1).remark(Remark.Repeated.class)).isPresent();
        assertThat(Answers.mark(each, "error[1]", 1).remarks()).isEmpty();
    }

    @Test
    void countedOnceTheLaterSamplesEarnWhatFollowThroughEarns() throws Exception {
        MarkingScheme once = MarkingSchemeReader.read("misconception: once\ncredit: {follow-through: 0.5}\n", "m.yaml", 1);
        CheckResult result = marked(reversed(1, 2, 3, 4, 5), once);
        CheckResult plain = new Checker(tutorial, once).check(reversed(1, 2, 3, 4, 5));
        assertThat(Answers.mark(result, "error[1]", 1).points()).isEqualByComparingTo("0");
        for (int i = 2; i <= 5; i++) {
            Mark mark = Answers.mark(result, "error[" + i + "]", 1);
            assertThat(mark.verdict()).isEqualTo(Verdict.WRONG);
            assertThat(mark.points()).isEqualByComparingTo("0.5");
            assertThat(mark.remark(Remark.Repeated.class).orElseThrow().countedOnce()).isTrue();
        }
        assertThat(result.score()).isEqualByComparingTo(plain.score().add(new BigDecimal("2")));
        assertThat(result.patterns().get(0).countedOnce()).isTrue();
    }

    @Test
    void twoSamplesOfFiveArePartOfThemAndOneIsNoPattern() {
        assertThat(marked(reversed(2, 4), MarkingScheme.defaults()).patterns().get(0).extent())
                .isEqualTo("in 2 of the 5 samples");
        assertThat(marked(reversed(3), MarkingScheme.defaults()).patterns()).isEmpty();
        assertThat(marked(Answers.submission(key), MarkingScheme.defaults()).patterns()).isEmpty();
    }

    @Test
    void theRulesAreReadAndTheirMistakesNamed() throws Exception {
        MarkingScheme scheme = MarkingSchemeReader.read("other_variant: follow-through\nmisconception: once\nfractions: no\n",
                "m.yaml", 1);
        assertThat(scheme.rules()).isEqualTo(new MarkingRules(MarkingRules.OtherVariant.FOLLOW_THROUGH,
                MarkingRules.Misconception.ONCE, false));
        assertThat(MarkingScheme.defaults().rules()).isEqualTo(MarkingRules.defaults());
        assertThat(MarkingScheme.defaults().rules().misconception()).isEqualTo(MarkingRules.Misconception.EACH);
        assertThatThrownBy(() -> MarkingSchemeReader.read("misconception: twice\n", "m.yaml", 1))
                .isInstanceOf(ProblemException.class).hasMessageContaining("m.yaml").hasMessageContaining("line 1")
                .hasMessageContaining("misconception").hasMessageContaining("once");
        assertThatThrownBy(() -> MarkingSchemeReader.read("other_variant: no-followthrough\n", "m.yaml", 1))
                .isInstanceOf(ProblemException.class).hasMessageContaining("did you mean 'no-follow-through'");
        assertThatThrownBy(() -> MarkingSchemeReader.read("fractions: maybe\n", "m.yaml", 1))
                .isInstanceOf(ProblemException.class).hasMessageContaining("expected yes or no");
    }
}
