package org.showwork.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large problems: the samples may come from a CSV file beside the problem ({@code samples:
 * {file: data.csv}}), read as the same decimals as listed samples, and a problem file itself may
 * be far larger than SnakeYAML's default 3 MB.
 */
class SampleFileTest {

    private static final String REST = "weights: [0.5, -0.25]\nbias: 0.1\nlearning_rate: 0.1\niterations: 1\n";

    @TempDir
    Path dir;

    @Test
    void samplesFromAFileAreTheSamplesListed() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "height,width,label\n1.5,2,0\n−0.25,3.125,1\n4,.5,1\n");
        Path fromFile = dir.resolve("file.yaml");
        Files.writeString(fromFile, "samples: {file: data.csv}\n" + REST);
        Problem listed = ProblemReader.read("features: [height, width]\nsamples:\n  - [1.5, 2, 0]\n  - [-0.25, 3.125, 1]\n"
                + "  - [4, 0.5, 1]\n" + REST, "listed.yaml");
        Problem read = ProblemReader.read(fromFile);
        assertThat(read.samples()).isEqualTo(listed.samples());
        assertThat(read.featureNames()).containsExactly("height", "width");
    }

    @Test
    void mistakesNameTheFileLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "a,b,y\n1,2,0\n3,x,1\n");
        Files.writeString(dir.resolve("label.csv"), "a,b,y\n1,2,0\n3,4,2\n");
        Files.writeString(dir.resolve("ragged.csv"), "a,b,y\n1,2,0\n3,1\n");
        assertThatThrownBy(() -> read("bad.csv")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("bad.csv, line 3, column 3").hasMessageContaining("found 'x'");
        assertThatThrownBy(() -> read("label.csv")).hasMessageContaining("label.csv, line 3, column 5")
                .hasMessageContaining("0 or 1");
        assertThatThrownBy(() -> read("ragged.csv")).hasMessageContaining("ragged.csv, line 3");
        assertThatThrownBy(() -> read("missing.csv")).hasMessageContaining("p.yaml, line 1").hasMessageContaining("does not exist");
    }

    private Problem read(String csv) throws Exception {
        Path problem = dir.resolve("p.yaml");
        Files.writeString(problem, "samples: {file: " + csv + "}\nweights: [0, 0]\nbias: 0\nlearning_rate: 0.1\niterations: 1\n");
        return ProblemReader.read(problem);
    }

    @Test
    void aProblemFileOverThreeMegabytesIsRead() throws Exception {
        StringBuilder yaml = new StringBuilder("samples:\n");
        int n = 0;
        while (yaml.length() < 4_000_000) {
            n++;
            yaml.append("  - [").append(n % 97).append(".125, ").append(n % 89).append(".5, ").append(n % 2).append("]\n");
        }
        yaml.append("weights: [0, 0]\nbias: 0\nlearning_rate: 0.1\niterations: 1\n");
        Problem problem = ProblemReader.read(yaml.toString(), "large.yaml");
        assertThat(problem.sampleCount()).isEqualTo(n);
    }
}
