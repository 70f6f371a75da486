package org.showwork.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.showwork.problem.TrainingData;

/** A sample of weight k counts as k copies of it, as scikit-learn's sample_weight does. */
class SampleWeightTest {

    @Property(tries = 40)
    void integerWeightsEqualDuplicatedRows(@ForAll long seed, @ForAll @IntRange(min = 6, max = 30) int n,
            @ForAll @IntRange(min = 1, max = 3) int d, @ForAll boolean penalised) {
        TrainingData base = Datasets.random(seed, n, d);
        Random random = new Random(seed ^ 0x5eed);
        double[] weights = new double[n];
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // the first two samples (one of each class) keep a weight, so both classes stay
            weights[i] = i < 2 ? 1 + random.nextInt(3) : random.nextInt(4);
            for (int copy = 0; copy < weights[i]; copy++) {
                double[] row = new double[d];
                for (int j = 0; j < d; j++) {
                    row[j] = base.x(i, j);
                }
                rows.add(row);
                labels.add(base.y(i));
            }
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = base.x(i, j);
            }
            y[i] = base.y(i);
        }
        TrainingData weighted = Datasets.of(x, y, weights);
        TrainingData duplicated = Datasets.of(rows.toArray(double[][]::new), labels.stream().mapToInt(Integer::intValue).toArray());
        Penalty penalty = penalised ? new Penalty.L2(0.7) : new Penalty.None();
        Fit a = Datasets.fit(weighted, penalty);
        Fit b = Datasets.fit(duplicated, penalty);
        assertThat(a.separation().kind()).isEqualTo(b.separation().kind());
        if (!a.minimumExists()) {
            return;   // no minimum to compare; where each run stopped is not an estimate
        }
        for (int j = 0; j < d; j++) {
            assertThat(a.fitted().weights().get(j)).isCloseTo(b.fitted().weights().get(j),
                    offset(1e-7 * Math.max(1, Math.abs(b.fitted().weights().get(j)))));
        }
        assertThat(a.fitted().bias()).isCloseTo(b.fitted().bias(), offset(1e-7 * Math.max(1, Math.abs(b.fitted().bias()))));
        assertThat(a.objective()).isCloseTo(b.objective(), offset(1e-9 * Math.max(1, b.objective())));
    }
}
