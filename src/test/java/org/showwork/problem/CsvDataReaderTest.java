package org.showwork.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataReaderTest {

    private static TrainingData read(String text) throws ProblemException {
        return CsvDataReader.read(text, "data.csv", "y", null);
    }

    private static String error(String text, String label, String weight) {
        try {
            CsvDataReader.read(text, "data.csv", label, weight);
        } catch (ProblemException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for:\n" + text);
    }

    private static String error(String text) {
        return error(text, "y", null);
    }

    @Test
    void readsNumbersAsWritten() throws ProblemException {
        TrainingData data = read("a,y,b\n.5,0,1e-3\n-2,1,+4.25E2\n3.,1,\u22121\n");
        assertThat(data.featureNames()).containsExactly("a", "b");
        assertThat(data.sampleCount()).isEqualTo(3);
        assertThat(data.x(0, 0)).isEqualTo(0.5);
        assertThat(data.x(0, 1)).isEqualTo(0.001);
        assertThat(data.x(1, 1)).isEqualTo(425.0);
        assertThat(data.x(2, 0)).isEqualTo(3.0);
        assertThat(data.x(2, 1)).isEqualTo(-1.0);
        assertThat(data.y(1)).isEqualTo(1);
    }

    @Test
    void toleratesQuotesSpacesCrlfABomAndBlankLines() throws ProblemException {
        TrainingData data = read("\uFEFF\"height, cm\", y\r\n 1 , 0\r\n\r\n2,1\r\n");
        assertThat(data.featureNames()).containsExactly("height, cm");
        assertThat(data.sampleCount()).isEqualTo(2);
    }

    @Test
    void readsSampleWeights() throws ProblemException {
        TrainingData data = CsvDataReader.read("x,y,s\n1,0,2\n2,1,0.5\n", "data.csv", "y", "s");
        assertThat(data.featureNames()).containsExactly("x");
        assertThat(data.weight(0)).isEqualTo(2.0);
        assertThat(data.weightName()).contains("s");
    }

    @Test
    void aMissingLabelColumnListsTheColumns() {
        assertThat(error("x,label\n1,0\n2,1\n")).isEqualTo(
                "data.csv, line 1: there is no column 'y' (--label); the columns are x, label");
        assertThat(error("x,lable\n1,0\n2,1\n", "label", null)).contains("did you mean 'lable'?");
        assertThat(error("x,label\n1,0\n2,1\n", null, null)).contains("--label").contains("x, label");
    }

    @Test
    void aNonNumericCellNamesLineColumnAndField() {
        assertThat(error("x,y\n1,0\nabc,1\n")).isEqualTo(
                "data.csv, line 3, column 1, at x (sample 2): expected a number, found 'abc'");
        assertThat(error("x,y\n1,0\n2,\n")).isEqualTo(
                "data.csv, line 3, column 3, at y (sample 2): the value is missing; expected a number");
        assertThat(error("x,y\nNaN,0\n2,1\n")).contains("line 2, column 1").contains("'NaN'");
        assertThat(error("x,y\n1e999,0\n2,1\n")).contains("too large");
    }

    @Test
    void aLabelThatIsNoClassNumber() {
        assertThat(error("x,y\n1,0\n2,0.5\n")).isEqualTo("data.csv, line 3, column 3, at y (sample 2): the label must "
                + "be 0 or 1 (or a class number 0, 1, 2, … for more than two classes), got 0.5");
        assertThat(error("x,y\n1,0\n2,-1\n")).contains("got -1");
    }

    @Test
    void oneClassOnly() {
        assertThat(error("x,y\n1,0\n2,0\n")).isEqualTo("data.csv: no sample has label 1 in column 'y'; "
                + "logistic regression needs samples of both classes, 0 and 1");
        assertThat(error("x,y,s\n1,0,1\n2,1,0\n", "y", "s")).contains("weight above 0").contains("label 1");
    }

    @Test
    void fewerThanTwoSamples() {
        assertThat(error("x,y\n1,0\n")).contains("line 1").contains("one sample").contains("at least two");
        assertThat(error("x,y\n")).contains("no samples");
    }

    @Test
    void raggedRows() {
        assertThat(error("x,y\n1,0\n2,1,5\n")).isEqualTo("data.csv, line 3, at sample 2: this row has 3 value(s) "
                + "but the header (line 1) names 2 columns; every row needs one value per column");
    }

    @Test
    void anEmptyFile() {
        assertThat(error("")).startsWith("data.csv: the file is empty");
        assertThat(error("\n  \n")).startsWith("data.csv: the file is empty");
    }

    @Test
    void headerMistakes() {
        assertThat(error("x,x,y\n1,1,0\n2,2,1\n")).contains("line 1, column 3").contains("appears twice");
        assertThat(error("x,,y\n1,1,0\n2,2,1\n")).contains("column 2 has no name");
        assertThat(error("y\n0\n1\n")).contains("no feature columns");
        assertThat(error("x,y\n1,0\n2,1\n", "y", "y")).contains("both the label and the sample weights");
    }

    @Test
    void aNegativeSampleWeight() {
        assertThat(error("x,y,s\n1,0,1\n2,1,-1\n", "y", "s")).isEqualTo(
                "data.csv, line 3, column 5, at s (sample 2): a sample weight cannot be negative, got -1");
    }

    @Test
    void aMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> CsvDataReader.read(missing, "y", null)).isInstanceOf(ProblemException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void aProblemFileStatesParametersOrNot() throws ProblemException {
        String samples = "samples:\n  - [1, 0]\n  - [2, 1]\nlearning_rate: 0.1\n";
        assertThat(FitProblemReader.readProblemFile(samples, "p.yaml").quoted()).isEmpty();
        FitProblem quoted = FitProblemReader.readProblemFile(samples + "weights: [0]\nbias: 0\n", "p.yaml");
        assertThat(quoted.quoted()).isPresent();
        assertThatThrownBy(() -> FitProblemReader.readProblemFile("samples:\n  - [1, 0]\n  - [2, 0]\nlearning_rate: 0.1\n",
                "p.yaml")).hasMessageContaining("both classes");
    }
}
