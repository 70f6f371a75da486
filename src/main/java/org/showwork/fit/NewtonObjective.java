package org.showwork.fit;

/**
 * What Newton's method minimises: a smooth function of θ with its gradient and Hessian. The
 * binary {@link Objective} and the multinomial {@link MultinomialObjective} are two.
 */
public interface NewtonObjective {

    /** The number of parameters, the length of θ. */
    int dimension();

    /** The number of samples summed over (it sets how much rounding noise F carries). */
    int sampleCount();

    /** F(θ). */
    double value(double[] theta);

    /** F(θ), its gradient and its Hessian. */
    Objective.Evaluation evaluate(double[] theta);
}
