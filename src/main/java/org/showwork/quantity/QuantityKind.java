package org.showwork.quantity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of derived quantity, named as in problem files, JSON, worksheets and the checker
 * (see DESIGN.md), in the order a derivation produces them. Each kind says which indices its id
 * carries: a sample {@code i}, a feature {@code j}, both, or none.
 */
public enum QuantityKind {
    Z("z", Indices.SAMPLE),
    P("p", Indices.SAMPLE),
    LOSS("loss", Indices.SAMPLE),
    ERROR("error", Indices.SAMPLE),
    ERROR_X("error_x", Indices.SAMPLE_FEATURE),
    SUM_LOSS("sum_loss", Indices.NONE),
    SUM_ERROR("sum_error", Indices.NONE),
    SUM_ERROR_X("sum_error_x", Indices.FEATURE),
    COST("cost", Indices.NONE),
    GRAD_W("grad_w", Indices.FEATURE),
    GRAD_B("grad_b", Indices.NONE),
    W_NEW("w_new", Indices.FEATURE),
    B_NEW("b_new", Indices.NONE),
    BOUNDARY("boundary", Indices.NONE),
    BOUNDARY_NEW("boundary_new", Indices.NONE);

    /** Which indices an id of this kind carries. */
    public enum Indices { NONE, SAMPLE, FEATURE, SAMPLE_FEATURE }

    private final String id;
    private final Indices indices;

    QuantityKind(String id, Indices indices) {
        this.id = id;
        this.indices = indices;
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
