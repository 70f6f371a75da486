package org.showwork.derive;

/** Why a run ended. */
public enum Stop {
    /** It took every update the problem asked for. */
    PLANNED,
    /** The gradient became shorter than the problem's stop rule asks. */
    CONVERGED,
    /** Nothing further could be derived from what the problem gives (with labels only, for instance). */
    UNDERIVABLE
}
