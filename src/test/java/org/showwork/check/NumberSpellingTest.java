package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;

/**
 * Every spelling of a number the README lists beyond the plain ones is read as its number, with a
 * note of how it was read; a marking scheme can refuse fractions; and for a boundary of 3.001, 3
 * and 3.0 are the same slip.
 */
class NumberSpellingTest {

    @ParameterizedTest(name = "''{0}'' reads {1} through {2}")
    @CsvSource(delimiter = '|', value = {
        "1/8            | 0.125   | FRACTION",
        "−3/4           | -0.75   | FRACTION",
        "1 / 3          | 0.33333333333333333333 | FRACTION",
        "2.5/5          | 0.5     | FRACTION",
        "1⁄8            | 0.125   | FRACTION",
        "½              | 0.5     | VULGAR_FRACTION",
        "-¾             | -0.75   | VULGAR_FRACTION",
        "1¾             | 1.75    | VULGAR_FRACTION",
        "⅛              | 0.125   | VULGAR_FRACTION",
        "(−0.1)         | -0.1    | PARENTHESES",
        "( 0.1 )        | 0.1     | PARENTHESES",
        "—0.1           | -0.1    | EM_DASH",
        "０.１２３       | 0.123   | FULL_WIDTH",
        "－０，５        | -0.5    | FULL_WIDTH",
    })
    void aSpellingIsReadWithItsNote(String text, String value, NumberSpelling spelling) {
        Written.Value read = (Written.Value) NumberReading.read(text);
        assertThat(read.value()).isEqualByComparingTo(value);
        assertThat(read.spellings()).containsExactly(spelling);
        assertThat(read.reading()).isEqualTo(spelling.note());
        assertThat(read.text()).isEqualTo(text.strip());
    }

    @Test
    void invisibleCharactersAndNonBreakingSpacesAreNoted() {
        Written.Value zeroWidth = (Written.Value) NumberReading.read("0.1\u200B25");
        assertThat(zeroWidth.value()).isEqualByComparingTo("0.125");
        assertThat(zeroWidth.spellings()).containsExactly(NumberSpelling.ZERO_WIDTH);
        Written.Value grouped = (Written.Value) NumberReading.read("1\u00A0234,5");
        assertThat(grouped.value()).isEqualByComparingTo("1234.5");
        assertThat(grouped.spellings()).containsExactly(NumberSpelling.NON_BREAKING_SPACE);
        Written.Value trailing = (Written.Value) NumberReading.read("0.5\u202F");
        assertThat(trailing.spellings()).containsExactly(NumberSpelling.NON_BREAKING_SPACE);
        // several at once, each noted, in the order of the list
        Written.Value all = (Written.Value) NumberReading.read("(\u2014１/８)\u200B");
        assertThat(all.value()).isEqualByComparingTo("-0.125");
        assertThat(all.spellings()).containsExactlyInAnyOrder(NumberSpelling.ZERO_WIDTH, NumberSpelling.FULL_WIDTH,
                NumberSpelling.EM_DASH, NumberSpelling.PARENTHESES, NumberSpelling.FRACTION);
        assertThat(all.reading()).startsWith(NumberSpelling.ZERO_WIDTH.note() + "; ");
    }

    @Test
    void aPlainNumberHasNoNote() {
        Written.Value plain = (Written.Value) NumberReading.read("−0.125");
        assertThat(plain.spellings()).isEmpty();
        assertThat(plain.reading()).isEmpty();
        assertThat(plain.value().scale()).isEqualTo(3);
    }

    @Test
    void aFractionCarriesItsValueNotAnyRounding() {
        Written.Value half = (Written.Value) NumberReading.read("1/2");
        assertThat(half.value().scale()).isEqualTo(NumberReading.FRACTION_PLACES);
        assertThat(half.plain()).isEqualTo(new BigDecimal("0.5"));
        // 1/8 for a value shown 0.126 is not "truncated": nothing was truncated
        assertThat(RoundingSlip.of(half.value(), new BigDecimal("0.5004"), 3)).map(d -> d.mistake())
                .contains(Mistake.LAST_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/0", "1/2/3", "-1/-2", "1/x", "(", "()", "½½", "(1", "—", "１/"})
    void whatIsStillNotANumberIsUnreadable(String text) {
        assertThat(NumberReading.read(text)).isInstanceOf(Written.Unreadable.class);
    }

    @Test
    void anInvisibleBlankIsStillABlank() {
        assertThat(NumberReading.read("\u200B____\u00A0")).isInstanceOf(Written.Blank.class);
    }

    @Test
    void aMarkingSchemeCanRefuseFractions() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-five-points.yaml")));
        Map<String, String> key = Answers.key(trace);
        // z[1] of the tutorial is −4.396 = −1099/250
        Submission submission = Answers.submission(Answers.with(key, "z[1]", "−1099/250"));
        MarkingScheme accepting = MarkingScheme.defaults();
        MarkingScheme refusing = MarkingSchemeReader.read("fractions: no\n", "m.yaml", 1);
        assertThat(refusing.rules().fractions()).isFalse();
        Mark accepted = Answers.mark(new Checker(trace, accepting).check(FractionRule.apply(submission, accepting.rules())),
                "z[1]", 1);
        assertThat(accepted.verdict()).isEqualTo(Verdict.CORRECT);
        Mark refused = Answers.mark(new Checker(trace, refusing).check(FractionRule.apply(submission, refusing.rules())),
                "z[1]", 1);
        assertThat(refused.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(refused.written()).isEqualTo(new Written.Unreadable("−1099/250", FractionRule.REFUSED));
    }

    @Test
    void forABoundaryOf3point001ThreeAndThreePointZeroAreTheSameSlip() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read("""
                samples:
                  - [2, 0]
                  - [4, 1]
                weights: [1]
                bias: -3.001
                learning_rate: 0.1
                iterations: 1
                arithmetic: hand
                decimals: 3
                """, "boundary.yaml"));
        Map<String, String> key = Answers.key(trace);
        assertThat(key.get("boundary")).isEqualTo("3.001");
        Checker checker = new Checker(trace, MarkingScheme.defaults());
        Set<Diagnosis> diagnoses = new java.util.HashSet<>();
        for (String written : new String[] {"3", "3.0", "3.00"}) {
            Mark mark = Answers.mark(checker.check(Answers.submission(Answers.with(key, "boundary", written))), "boundary", 1);
            assertThat(mark.verdict()).as(written).isEqualTo(Verdict.ROUNDING);
            assertThat(mark.diagnosis().mistake()).as(written).isEqualTo(Mistake.TOO_FEW_PLACES);
            diagnoses.add(mark.diagnosis());
        }
        assertThat(diagnoses).hasSize(3); // the same mistake, each with its own number of places
        // a whole number below 1 says nothing about rounding: 1 for a probability of 0.6 is not a slip
        assertThat(RoundingSlip.of(BigDecimal.ONE, new BigDecimal("0.6"), 3)).isEmpty();
    }
}
