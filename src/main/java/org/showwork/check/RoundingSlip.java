package org.showwork.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Whether a number that is not right is right but for its rounding: the unrounded value truncated
 * instead of rounded (0.89980… written 0.899), rounded to fewer places than shown (0.90 where 0.900
 * is shown is right; 0.9 for 0.8998 is a slip only at fewer places), or off by less than one unit
 * in the last shown place. A whole number is read as rounded to no places, as 3.0 is to one (3 and
 * 3.0 for 3.001 are the same slip), but only for a value of at least 1: 1 for 0.6 says nothing
 * about rounding. A value of zero is never a slip: it says nothing about the digits.
 */
final class RoundingSlip {
    private RoundingSlip() {}

    static Optional<Diagnosis> of(BigDecimal given, BigDecimal unrounded, int shownPlaces) {
        if (given.signum() == 0) {
            return Optional.empty();
        }
        int written = given.scale();
        boolean placed = written >= 1 || written == 0 && unrounded.abs().compareTo(BigDecimal.ONE) >= 0;
        if (placed && written <= shownPlaces) {
            if (given.compareTo(unrounded.setScale(written, RoundingMode.DOWN)) == 0
                    && given.compareTo(unrounded.setScale(written, RoundingMode.HALF_UP)) != 0) {
                return Optional.of(new Diagnosis(Mistake.TRUNCATED, written < shownPlaces ? places(written) : ""));
            }
            if (written < shownPlaces && given.compareTo(unrounded.setScale(written, RoundingMode.HALF_UP)) == 0) {
                return Optional.of(new Diagnosis(Mistake.TOO_FEW_PLACES, places(written) + " instead of " + shownPlaces));
            }
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(shownPlaces);
        if (given.subtract(unrounded).abs().compareTo(unit) < 0) {
            return Optional.of(new Diagnosis(Mistake.LAST_DIGIT, ""));
        }
        return Optional.empty();
    }

    private static String places(int n) {
        return n + (n == 1 ? " place" : " places");
    }
}
