package org.showwork.fit;

/** Why Newton's method stopped. Only {@link #CONVERGED} means the parameters minimise the objective. */
public enum Stop {
    /** The gradient fell below the tolerance at a minimum that exists. */
    CONVERGED("converged"),
    /**
     * The gradient fell below the tolerance, but the objective has no minimum (separable data
     * without a penalty): it only flattens out as ‖w‖ grows, and the parameters are where the
     * iterations were stopped.
     */
    NO_MINIMUM("no-minimum"),
    /** The iteration limit was reached first. */
    ITERATION_LIMIT("iteration-limit"),
    /** No step along the Newton direction lowered the objective, even a very short one. */
    NO_DECREASE("no-decrease");

    private final String id;

    Stop(String id) {
        this.id = id;
    }

    /** The name used in JSON. */
    public String id() {
        return id;
    }

    public boolean converged() {
        return this == CONVERGED;
    }
}
