package org.showwork.problem;

import java.util.Optional;

/** What a fit is given: the training data, and the parameters a problem file quotes, if it quotes any. */
public record FitProblem(TrainingData data, Optional<QuotedParameters> quoted) {}
