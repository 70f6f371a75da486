package org.showwork.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.showwork.problem.TrainingData;

/**
 * Writes {@link FitBenchmark}'s seeded synthetic data as a CSV file (header row, label column
 * {@code y} last), so that {@code showwork fit} and scikit-learn can be timed reading the same
 * file. Usage: {@code SyntheticCsv N D FILE}.
 */
public final class SyntheticCsv {
    private SyntheticCsv() {}

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        int d = Integer.parseInt(args[1]);
        TrainingData data = FitBenchmark.data(n, d, n);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]))) {
            out.write(String.join(",", data.featureNames()) + ",y\n");
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < n; i++) {
                row.setLength(0);
                for (int j = 0; j < d; j++) {
                    row.append(data.x(i, j)).append(',');
                }
                out.append(row).append(Integer.toString(data.y(i))).append('\n');
            }
        }
    }
}
