package org.showwork.check;

/**
 * A named mistake behind a student's value, with what is particular to this case (e.g. "divided by
 * 4 instead of m = 5", "inputs rounded to 2 places"), empty when the mistake says it all.
 */
public record Diagnosis(Mistake mistake, String detail) {

    /** The mistake as a phrase, with its detail. */
    public String phrase() {
        return detail.isEmpty() ? mistake.description() : mistake.description() + " (" + detail + ")";
    }
}
