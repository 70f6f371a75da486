package org.showwork.quantity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of derived quantity, named as in problem files, JSON, worksheets and the checker
 * in the order a derivation produces them. Each kind says which indices its id carries: a sample
 * {@code i}, a feature {@code j}, both, or none; and whether a softmax model (K classes) gives it
 * a class index {@code k} as well, written after the sample: {@code z[i,k]}, {@code grad_w[k,j]}.
 */
public enum QuantityKind {
    Z("z", Indices.SAMPLE, true),
    P("p", Indices.SAMPLE, true),
    LOSS("loss", Indices.SAMPLE, false),
    ERROR("error", Indices.SAMPLE, true),
    ERROR_X("error_x", Indices.SAMPLE_FEATURE, true),
    SUM_LOSS("sum_loss", Indices.NONE, false),
    SUM_ERROR("sum_error", Indices.NONE, true),
    SUM_ERROR_X("sum_error_x", Indices.FEATURE, true),
    COST("cost", Indices.NONE, false),
    GRAD_W("grad_w", Indices.FEATURE, true),
    GRAD_B("grad_b", Indices.NONE, true),
    W_NEW("w_new", Indices.FEATURE, true),
    B_NEW("b_new", Indices.NONE, true),
    BOUNDARY("boundary", Indices.NONE, false),
    BOUNDARY_NEW("boundary_new", Indices.NONE, false);

    /** Which indices an id of this kind carries. */
    public enum Indices { NONE, SAMPLE, FEATURE, SAMPLE_FEATURE }

    private final String id;
    private final Indices indices;
    private final boolean perClass;

    QuantityKind(String id, Indices indices, boolean perClass) {
        this.id = id;
        this.indices = indices;
        this.perClass = perClass;
    }

    /** Whether a softmax model has one quantity of this kind per class (the binary model has no class index). */
    public boolean perClass() {
        return perClass;
    }

    /** The name used in ids and files, e.g. {@code error_x}. */
    public String id() {
        return id;
    }

    public Indices indices() {
        return indices;
    }

    public boolean perSample() {
        return indices == Indices.SAMPLE || indices == Indices.SAMPLE_FEATURE;
    }

    public boolean perFeature() {
        return indices == Indices.FEATURE || indices == Indices.SAMPLE_FEATURE;
    }

    public static Optional<QuantityKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
