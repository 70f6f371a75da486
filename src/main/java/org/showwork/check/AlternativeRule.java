package org.showwork.check;

import org.showwork.quantity.Quantity;
import java.util.List;
import org.showwork.quantity.QuantityId;

/**
 * One mistake of the catalogue as an alternative to the derivation graph's rules: how a quantity
 * comes out when it is computed that mistaken way from a student's own inputs. Most are the
 * graph's own rule on inputs changed in one respect (divided by 1, stepped with α = 1, …).
 */
interface AlternativeRule {

    Mistake mistake();

    /** The values the mistake gives for {@code id}, each with what is particular to it; empty when it does not apply. */
    List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph);

    /** A candidate when there is a value; none otherwise. */
    default List<Recomputation.Candidate> candidate(String detail, Quantity value) {
        return value == null ? List.of() : List.of(new Recomputation.Candidate(new Diagnosis(mistake(), detail), value));
    }
}
