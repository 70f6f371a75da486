package org.showwork.problem;

import java.math.BigDecimal;
import java.util.List;

/**
 * What every variant drawn from a template must satisfy, as the template's {@code constraints:}
 * section states it: the default conditions that keep numbers teachable (each can be switched off)
 * and the template's own requirements, kept as written with their position so that a message can
 * point at them. Evaluating them needs a trace, so that is done elsewhere.
 *
 * @param probabilityMargin every probability, as shown, at least this far from 0 and from 1 (0: no condition)
 * @param distinctSamples   no two samples with the same feature values
 * @param bothLabels        at least one sample of each label
 * @param boundaryInside    the decision boundary, before and after the run, within the range of the data
 * @param shownDecimals     no given number written with more decimal places than the worksheet shows
 * @param requirements      the template's own conditions, e.g. {@code grad_w > 0}
 */
public record TemplateConstraints(BigDecimal probabilityMargin, boolean distinctSamples, boolean bothLabels,
        boolean boundaryInside, boolean shownDecimals, List<Requirement> requirements) {

    /** The margin of the default probability condition. */
    public static final BigDecimal DEFAULT_MARGIN = new BigDecimal("0.01");

    public TemplateConstraints {
        requirements = List.copyOf(requirements);
    }

    /** Every default condition on, no requirement of the template's own. */
    public static TemplateConstraints defaults() {
        return new TemplateConstraints(DEFAULT_MARGIN, true, true, true, true, List.of());
    }

    /**
     * A condition of the template's own, as written (e.g. {@code 0.2 <= p[3] <= 0.8}), and where.
     */
    public record Requirement(String text, String file, int line, int column) {}
}
