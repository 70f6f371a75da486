package org.showwork.check;

/**
 * The catalogue of mistakes a checker can name. The first twelve explain a {@code wrong} value: each
 * is found by recomputing the quantity the mistaken way from the student's own inputs. The last
 * three are the slips of the {@code rounding} verdict. {@link #code()} is what JSON reports carry.
 */
public enum Mistake {
    ERROR_SIGN("error-sign", "the error taken as y − ŷ instead of ŷ − y"),
    LOG_BASE_10("log-base-10", "the logarithm to base 10 instead of the natural logarithm"),
    SUM_NOT_AVERAGE("sum-not-average", "the sum instead of the average (not divided by m)"),
    WRONG_COUNT("wrong-count", "divided by the wrong number of samples"),
    ADDED_GRADIENT("added-gradient", "the gradient added instead of subtracted"),
    Z_FOR_P("z-for-p", "the score z used instead of the probability ŷ = σ(z)"),
    FORGOT_X("forgot-x", "the error not multiplied by x"),
    SWAPPED_W_B("swapped-w-b", "w and b swapped"),
    NO_LEARNING_RATE("no-learning-rate", "the learning rate left out of the update"),
    ROUNDED_EARLY("rounded-early", "the numbers it is computed from rounded too early"),
    SIGMOID_FOR_SOFTMAX("sigmoid-for-softmax", "the sigmoid σ(z) of the class's score instead of the softmax"),
    WRONG_NORMALISER("wrong-normaliser", "the softmax divided by the wrong sum"),
    TRUNCATED("truncated", "truncated instead of rounded"),
    TOO_FEW_PLACES("too-few-places", "rounded to fewer places than asked"),
    LAST_DIGIT("last-digit", "off in the last digit");

    private final String code;
    private final String description;

    Mistake(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    /** What went wrong, as a phrase: "the gradient added instead of subtracted". */
    public String description() {
        return description;
    }
}
