package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.quantity.BlankSelection;
import org.showwork.problem.ProblemReader;
import org.showwork.render.markdown.MarkdownRenderer;
import org.showwork.render.view.DerivationView;

/** Submissions as students hand them in: numbers as they write them, the three file formats, ids that do not fit. */
class ReadersTest {

    @ParameterizedTest(name = "''{0}'' reads {1}")
    @CsvSource(delimiter = '|', value = {
        "0.012        | 0.012",
        "0,012        | 0.012",
        "−0.1         | -0.1",
        "–0,25        | -0.25",
        ".5           | 0.5",
        "-.5          | -0.5",
        "5.           | 5",
        "+2.5         | 2.5",
        "'  0.900  '  | 0.900",
        "1e-3         | 0.001",
        "2.5E+2       | 250",
        "1,2·10^-3    | 0.0012",
        "1.2×10⁻³     | 0.0012",
        "1.2 x 10^(-3)| 0.0012",
        "1 234,5      | 1234.5",
        "1,234.5      | 1234.5",
        "1.234,5      | 1234.5",
        "= 0.3        | 0.3",
        "≈ −4.396     | -4.396",
    })
    void numbersAsStudentsWriteThem(String text, String value) {
        Written read = NumberReading.read(text);
        assertThat(read).isInstanceOf(Written.Value.class);
        assertThat(((Written.Value) read).value()).isEqualByComparingTo(value);
    }

    @Test
    void theWrittenPlacesAreKept() {
        assertThat(((Written.Value) NumberReading.read("0.900")).value().scale()).isEqualTo(3);
        assertThat(((Written.Value) NumberReading.read("0,90")).value().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"∞", "inf", "Infinity", "+∞", ".inf", "INF"})
    void anInfiniteLoss(String text) {
        assertThat(NumberReading.read(text)).isEqualTo(new Written.Infinite(text, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "about 3", "1,2,3", "nan", "0.1.2", "1,23.4", "3/4/5", "--1", "1e", "1e-999999999", "1e400"})
    void textThatIsNotANumberIsUnreadableAndKept(String text) {
        assertThat(NumberReading.read(text)).isEqualTo(new Written.Unreadable(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "____", "?", "..."})
    void anUntouchedBlankIsNothing(String text) {
        assertThat(NumberReading.read(text)).isInstanceOf(Written.Blank.class);
    }

    @Test
    void csvWithSemicolonsDecimalCommasAHeaderAndANameAndABadRow() throws Exception {
        Submission s = SubmissionReader.read("id;value\nstudent;Ada Lovelace\np[1];0,012\n\"error_x[2,1]\",\"0,5\"\n"
                + "# a comment\nthis is not a row\ncost,\n", "ada.csv");
        assertThat(s.student()).isEqualTo("Ada Lovelace");
        assertThat(s.answers()).extracting(Answer::id).containsExactly("p[1]", "error_x[2,1]", "cost");
        assertThat(((Written.Value) s.answers().get(0).written()).value()).isEqualByComparingTo("0.012");
        assertThat(((Written.Value) s.answers().get(1).written()).value()).isEqualByComparingTo("0.5");
        assertThat(s.answers().get(2).written()).isInstanceOf(Written.Blank.class);
        assertThat(s.notes()).singleElement().asString().contains("ada.csv, line 6").contains("not a row");
    }

    @Test
    void yamlKeepsAnIdGivenTwiceWithItsLine() throws Exception {
        Submission s = SubmissionReader.read("student: Ben\np[1]: 0.012\np[1]: 0.013\nloss[1]:\nw_new: [1, 2]\n", "b.yaml");
        assertThat(s.student()).isEqualTo("Ben");
        assertThat(s.answers()).extracting(Answer::id, Answer::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p[1]", 2), org.assertj.core.groups.Tuple.tuple("p[1]", 3),
                        org.assertj.core.groups.Tuple.tuple("loss[1]", 4));
        assertThat(s.notes()).singleElement().asString().contains("line 5").contains("w_new");
    }

    @Test
    void malformedYamlCannotBeRead() {
        assertThatThrownBy(() -> SubmissionReader.read("p[1]: [0.1\n", "c.yaml")).isInstanceOf(SubmissionException.class)
                .hasMessageContaining("c.yaml, line").hasMessageContaining("malformed");
        assertThatThrownBy(() -> SubmissionReader.read("p[1]: 0.1", "c.txt")).isInstanceOf(SubmissionException.class)
                .hasMessageContaining(".md").hasMessageContaining(".csv");
    }

    @Test
    void anEmptyFileSaysSoAndEverythingIsMissing() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-five-points.yaml")));
        for (String name : List.of("e.md", "e.csv", "e.yaml")) {
            Submission s = SubmissionReader.read("", name);
            assertThat(s.notes()).anyMatch(n -> n.contains(name) && n.contains("empty"));
            CheckResult result = new Checker(trace, MarkingScheme.defaults()).check(s);
            assertThat(result.marks()).allMatch(m -> m.verdict() == Verdict.MISSING);
            assertThat(result.score()).isZero();
        }
    }

    @Test
    void unknownDuplicateAndGivenIdsAreNotedAndTheRestIsChecked() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-gradient-table.yaml")));
        Submission s = SubmissionReader.read("error[1]: 0.012\nerror[1]: 0.5\nlos[2]: 0.105\np[1]: 0.012\nz[9]: 1\n"
                + "error[2]: 0.100\nerror_x[1,2]: 0.3\n", "d.yaml");
        CheckResult result = new Checker(trace, MarkingScheme.defaults()).check(s);
        assertThat(result.notes()).anyMatch(n -> n.contains("line 2") && n.contains("error[1] is answered twice")
                && n.contains("line 1") && n.contains("'0.012'"));
        assertThat(result.notes()).anyMatch(n -> n.contains("line 3") && n.contains("'los[2]'") && n.contains("loss"));
        assertThat(result.notes()).anyMatch(n -> n.contains("line 4") && n.contains("given by the problem"));
        assertThat(result.notes()).anyMatch(n -> n.contains("line 5") && n.contains("samples are 1 to 5"));
        assertThat(result.notes()).noneMatch(n -> n.contains("another problem"));
        assertThat(result.notes()).anyMatch(n -> n.contains("line 7") && n.contains("error_x[1,2]"));
        assertThat(Answers.mark(result, "error[1]", 1).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(result.marks()).noneMatch(m -> m.id().kind() == org.showwork.quantity.QuantityKind.P);

        // beyond three such answers, one note sums them up, and most of them being strangers says "another problem"
        CheckResult many = new Checker(trace, MarkingScheme.defaults()).check(SubmissionReader.read(
                "t2:cost: 0.1\nt3:cost: 0.1\nz[7]: 1\nfoo: 2\nerror[1]: 0.012\n", "e.yaml"));
        assertThat(many.notes()).anyMatch(n -> n.contains("4 answers have ids this problem does not have")
                && n.contains("t2:cost on line 1"));
        assertThat(many.notes()).anyMatch(n -> n.contains("another problem"));
        assertThat(Answers.mark(many, "error[1]", 1).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void anotherProblemsWorksheetIsNamedAndWhatFitsIsStillChecked() throws Exception {
        Trace other = Tracer.trace(ProblemReader.read(Path.of("worked-examples/two-features-three-steps.yaml")));
        String worksheet = new MarkdownRenderer().render(DerivationView.worksheet(other, BlankSelection.all()));
        Trace tutorial = Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-five-points.yaml")));
        Submission s = SubmissionReader.read(worksheet.replace("`z[1]: ____`", "`z[1]: -4.396`"), "other.md");
        CheckResult result = new Checker(tutorial, MarkingScheme.defaults()).check(s);
        assertThat(result.notes()).anyMatch(n -> n.contains("another problem") && n.contains(other.problem().title()));
        assertThat(Answers.mark(result, "z[1]", 1).verdict()).isEqualTo(Verdict.CORRECT);
    }

    /** The worksheet's own blanks, filled with the answer key, read back and checked: every value correct. */
    @ParameterizedTest
    @ValueSource(strings = {"tutorial-five-points", "two-features-three-steps", "rounded-to-certainty", "tutorial-exact",
            "tutorial-two-samples"})
    void aWorksheetFilledWithTheAnswerKeyChecksAllCorrect(String name) throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(Path.of("worked-examples", name + ".yaml")));
        String worksheet = new MarkdownRenderer().render(DerivationView.worksheet(trace, BlankSelection.all()));
        Map<String, String> key = Answers.key(trace);
        Matcher blank = Pattern.compile("`([^`]+): ____`").matcher(worksheet);
        StringBuilder filled = new StringBuilder();
        java.util.Set<String> blanks = new java.util.HashSet<>();
        while (blank.find()) {
            blanks.add(blank.group(1));
            String value = key.get(blank.group(1));
            assertThat(value).as("the answer key has " + blank.group(1)).isNotNull();
            blank.appendReplacement(filled, Matcher.quoteReplacement("`" + blank.group(1) + ": " + value + "`"));
        }
        blank.appendTail(filled);
        assertThat(blanks).isNotEmpty();
        int d = trace.problem().featureCount();
        // what is asked is what the worksheet leaves blank, as the check command has it
        MarkingScheme scheme = MarkingScheme.defaults().withAsked(id -> blanks.contains(id.toString(d)));
        CheckResult result = new Checker(trace, scheme).check(SubmissionReader.read(filled.toString(), name + ".md"));
        assertThat(result.notes()).isEmpty();
        assertThat(result.marks()).hasSize(blanks.size()).allMatch(m -> m.verdict() == Verdict.CORRECT, "all correct");
        assertThat(result.score()).isEqualByComparingTo(BigDecimal.valueOf(blanks.size()));
    }
}
