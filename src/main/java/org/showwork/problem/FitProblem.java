package org.showwork.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a fit is given: the training data, the parameters a problem file quotes, if it quotes any,
 * and the class names of a multinomial (softmax) model; none for the binary model.
 */
public record FitProblem(TrainingData data, Optional<QuotedParameters> quoted, List<String> classes) {

    public FitProblem {
        classes = List.copyOf(classes);
    }

    /** A binary problem. */
    public FitProblem(TrainingData data, Optional<QuotedParameters> quoted) {
        this(data, quoted, List.of());
    }

    /** Whether the model to fit is multinomial: K classes named, or labels beyond 0 and 1. */
    public boolean multinomial() {
        return !classes.isEmpty() || Arrays.stream(data.labels()).anyMatch(y -> y > 1);
    }

    /** The class names of a multinomial model: as given, or "class 0" … up to the largest label. */
    public List<String> classNames() {
        if (!classes.isEmpty()) {
            return classes;
        }
        int largest = Arrays.stream(data.labels()).max().orElse(1);
        return Classes.defaultNames(Math.max(2, largest + 1));
    }
}
