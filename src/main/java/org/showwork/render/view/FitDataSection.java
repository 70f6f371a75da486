package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import org.showwork.fit.Fit;
import org.showwork.fit.Standardization;
import org.showwork.render.view.Block.Row;


/** The data a fit was made from, and how standardizing scaled it. */
final class FitDataSection extends FitLayout {

    FitDataSection(Fit fit, List<Block> blocks) {
        super(fit, blocks);
    }

    // ---------------------------------------------------------------- the data

    void dataSection() {
        heading(2, "The data");
        int ones = 0;
        for (int i = 0; i < n; i++) {
            ones += data.y(i);
        }
        StringBuilder s = new StringBuilder();
        if (!data.title().isBlank()) {
            s.append("The samples of “").append(data.title()).append("”: ");
        }
        s.append(count(n, "sample")).append(" with ").append(count(d, "feature")).append(" (")
                .append(String.join(", ", data.featureNames())).append("); ").append(ones)
                .append(ones == 1 ? " has" : " have").append(" label 1 and ").append(n - ones).append(" label 0");
        if (!data.labelName().equals("y")) {
            s.append(" (column ").append(data.labelName()).append(")");
        }
        s.append('.');
        if (weighted) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += data.weight(i);
            }
            s.append(" Each sample i counts with its weight sᵢ from column ").append(data.weightName().orElse(""))
                    .append(" (together ").append(plain(total)).append("): a sample of weight 2 counts as two copies of it.");
        }
        paragraph(s.toString());
        fit.standardization().ifPresent(this::standardizationTable);
    }

    private void standardizationTable(Standardization scaling) {
        heading(3, "Standardized features");
        paragraph("Each feature is fitted as (xⱼ − mⱼ)/sⱼ, so that it has mean 0 and standard deviation 1, as "
                + "scikit-learn's StandardScaler makes it: mⱼ is the mean over all samples, sⱼ the population standard "
                + "deviation (dividing by n, not n − 1), both without the sample weights. The penalty then acts on the "
                + "weights of the standardized features, so the fit differs from one on the raw features, and the "
                + "weights below are given on both scales.");
        List<Row> rows = new ArrayList<>();
        boolean anyConstant = false;
        for (int j = 0; j < d; j++) {
            anyConstant |= scaling.constant(j);
            rows.add(new Row(List.of(Inline.of(featureLabel(j)), calc(FitNumbers.number(scaling.means().get(j))),
                    calc(FitNumbers.number(scaling.deviations().get(j)))), false));
        }
        blocks.add(new Block.Table(Inline.of("The mean and standard deviation of each feature."),
                List.of(column(false, "Feature"), column(true, "Mean mⱼ"), column(true, "Standard deviation sⱼ")), rows));
        if (anyConstant) {
            paragraph("A feature with standard deviation 0 has the same value in every sample; it is only centred "
                    + "(divided by 1, as StandardScaler does), becomes 0 everywhere, and its weight stays 0.");
        }
    }

}
