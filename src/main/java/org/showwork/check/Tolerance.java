package org.showwork.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a student's number counts as the expected one. The default, {@link ShownPlaces}, follows the
 * problem: the number is right when, rounded half up to the places the derivation shows the
 * quantity with, it is the shown value. The others are the usual ones of quiz systems: an absolute
 * or relative difference, a number of decimal places, a number of significant figures.
 *
 * <p>A number is compared with the expected value both as carried and as shown (they differ in
 * exact arithmetic, where 0.89980… is shown as 0.900): what the answer key prints is always right.
 */
public sealed interface Tolerance {

    /** Whether {@code given} counts as {@code expected}, a quantity shown with {@code shownPlaces} places. */
    default boolean accepts(BigDecimal given, BigDecimal expected, int shownPlaces) {
        BigDecimal shown = expected.setScale(shownPlaces, RoundingMode.HALF_UP);
        return matches(given, expected, shownPlaces) || matches(given, shown, shownPlaces);
    }

    boolean matches(BigDecimal given, BigDecimal expected, int shownPlaces);

    /** How the tolerance reads in a report, e.g. "within 0.001". */
    String describe();

    /** The spelling used in marking files and on the command line, e.g. {@code abs:0.001}. */
    String spelling();

    record ShownPlaces() implements Tolerance {
        @Override public boolean matches(BigDecimal given, BigDecimal expected, int shownPlaces) {
            return round(given, shownPlaces).compareTo(round(expected, shownPlaces)) == 0;
        }

        @Override public String describe() { return "rounds to the expected value at the places shown"; }

        @Override public String spelling() { return "shown"; }
    }

    record Places(int places) implements Tolerance {
        @Override public boolean matches(BigDecimal given, BigDecimal expected, int shownPlaces) {
            return round(given, places).compareTo(round(expected, places)) == 0;
        }

        @Override public String describe() {
            return "rounds to the expected value at " + places + (places == 1 ? " decimal place" : " decimal places");
        }

        @Override public String spelling() { return "places:" + places; }
    }

    record Absolute(BigDecimal within) implements Tolerance {
        @Override public boolean matches(BigDecimal given, BigDecimal expected, int shownPlaces) {
            return given.subtract(expected).abs().compareTo(within) <= 0;
        }

        @Override public String describe() { return "within " + within.toPlainString() + " of the expected value"; }

        @Override public String spelling() { return "abs:" + within.toPlainString(); }
    }

    record Relative(BigDecimal fraction) implements Tolerance {
        @Override public boolean matches(BigDecimal given, BigDecimal expected, int shownPlaces) {
            return given.subtract(expected).abs().compareTo(fraction.multiply(expected.abs())) <= 0;
        }

        @Override public String describe() {
            return "within " + fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "% of the expected value";
        }

        @Override public String spelling() {
            return "rel:" + fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
    }

    record SignificantFigures(int figures) implements Tolerance {
        @Override public boolean matches(BigDecimal given, BigDecimal expected, int shownPlaces) {
            MathContext mc = new MathContext(figures, RoundingMode.HALF_UP);
            return given.round(mc).compareTo(expected.round(mc)) == 0;
        }

        @Override public String describe() {
            return "agrees with the expected value to " + figures + " significant figure" + (figures == 1 ? "" : "s");
        }

        @Override public String spelling() { return "sig:" + figures; }
    }

    private static BigDecimal round(BigDecimal value, int places) {
        return value.setScale(places, RoundingMode.HALF_UP);
    }

    Pattern SPELLING = Pattern.compile("(shown|places|abs|rel|sig)(?::\\s*([0-9.eE+-]+)(%?))?");

    /**
     * Reads {@code shown}, {@code places:N}, {@code abs:X}, {@code rel:X} (a fraction, or a percentage
     * with %), {@code sig:N}.
     *
     * @return empty when the text is none of these, or a bound is negative or not a number
     */
    static Optional<Tolerance> parse(String text) {
        Matcher m = SPELLING.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1);
        if (name.equals("shown")) {
            return m.group(2) == null ? Optional.of(new ShownPlaces()) : Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.empty();
        }
        BigDecimal bound;
        try {
            bound = new BigDecimal(m.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean percent = !m.group(3).isEmpty();
        if (bound.signum() < 0 || percent && !name.equals("rel")) {
            return Optional.empty();
        }
        return switch (name) {
            case "abs" -> Optional.of(new Absolute(bound));
            case "rel" -> Optional.of(new Relative(percent ? bound.movePointLeft(2) : bound));
            default -> {
                if (bound.stripTrailingZeros().scale() > 0 || bound.compareTo(BigDecimal.valueOf(30)) > 0
                        || name.equals("sig") && bound.signum() == 0) {
                    yield Optional.empty();
                }
                yield Optional.of(name.equals("places") ? new Places(bound.intValue()) : new SignificantFigures(bound.intValue()));
            }
        };
    }
}
