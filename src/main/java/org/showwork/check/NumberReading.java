package org.showwork.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number the way students write it: a decimal comma or point, a leading or trailing point
 * (.5, 5.), the Unicode minus or a dash for the sign, spaces or thin spaces between digit groups,
 * an exponent (1e-3, 1,2·10^-3, 1.2×10⁻³), ∞ or inf for an infinite loss, and a leading = or ≈
 * copied from the worksheet. Some spellings are read and noted (see {@link NumberSpelling}): a
 * fraction {@code a/b} and the vulgar fractions (½, 1¾) by their value, a number in parentheses
 * ({@code (−0.1)}, never negative for being in them), an em-dash used as a minus, full-width digits
 * and signs, zero-width characters and non-breaking spaces. An untouched blank ({@code ____}) or
 * nothing at all is a blank; anything else that is not a number is unreadable and keeps its text,
 * and so is a number beyond 10^±300, which no step of a derivation has and which arithmetic on
 * doubles cannot hold.
 */
public final class NumberReading {
    private NumberReading() {}

    /** The places a fraction's value is carried to: more than any derivation shows, so none of it reads as rounding. */
    public static final int FRACTION_PLACES = 20;

    private static final Pattern BLANK = Pattern.compile("_*|\\?+|…|\\.\\.\\.");
    private static final Pattern INFINITY = Pattern.compile("([+-]?)(∞|inf|infinity|\\.inf)");
    /** Mantissa with a point as its decimal separator, then an optional e-exponent. */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?");
    /** A times-ten exponent: 1.2·10^-3, 1.2×10⁻³, 1.2*10^(-3), 1.2 x 10^-3. */
    private static final Pattern TIMES_TEN = Pattern.compile("(.*?)(?:[·×*x])10(?:\\^\\(?([+-]?\\d+)\\)?|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** A fraction a/b of two plain numbers (after the fraction slash ⁄ and the division slash ∕ became /). */
    private static final Pattern FRACTION = Pattern.compile("([+-]?)([^/]+)/([^/]+)");
    /** A vulgar fraction, perhaps after a whole number: ½, -¾, 1½. */
    private static final Pattern VULGAR = Pattern.compile("([+-]?)(\\d*)([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒↉])");
    private static final String VULGARS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒↉";
    private static final int[][] VULGAR_VALUES = {{1, 2}, {1, 3}, {2, 3}, {1, 4}, {3, 4}, {1, 5}, {2, 5}, {3, 5},
        {4, 5}, {1, 6}, {5, 6}, {1, 7}, {1, 8}, {3, 8}, {5, 8}, {7, 8}, {1, 9}, {1, 10}, {0, 3}};

    public static Written read(String raw) {
        String text = raw == null ? "" : raw.strip();
        Set<NumberSpelling> spellings = EnumSet.noneOf(NumberSpelling.class);
        String cleaned = UnusualCharacters.replace(text, spellings).strip();
        if (BLANK.matcher(cleaned).matches()) {
            return new Written.Blank(text);
        }
        String s = normalise(cleaned, spellings);
        Matcher infinity = INFINITY.matcher(s);
        if (infinity.matches()) {
            return new Written.Infinite(text, infinity.group(1).equals("-"));
        }
        BigDecimal value = number(s, spellings);
        return value == null || !sensible(value) ? new Written.Unreadable(text) : new Written.Value(text, value, spellings);
    }

    /** Within 10^±300 and with at most 300 places: huge scales would make decimal arithmetic crawl. */
    private static boolean sensible(BigDecimal value) {
        return value.signum() == 0 ? value.scale() <= MAX_PLACES
                : value.scale() <= MAX_PLACES && value.precision() - value.scale() <= MAX_PLACES;
    }

    private static final int MAX_PLACES = 300;

    /**
     * Lower case, one kind of minus, no spaces, no leading = or ≈ copied from the worksheet, no
     * parentheses around the whole.
     */
    private static String normalise(String text, Set<NumberSpelling> spellings) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace('\u2212', '-').replace('\u2013', '-').replace('\u2012', '-').replace('\u2010', '-');
        if (s.indexOf('\u2014') >= 0) {
            s = s.replace('\u2014', '-');
            spellings.add(NumberSpelling.EM_DASH);
        }
        s = s.replaceAll("[\\s\u2009']", "");
        while (!s.isEmpty() && "=≈~".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        while (s.length() >= 2 && s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
            spellings.add(NumberSpelling.PARENTHESES);
        }
        return s.replace('\u2044', '/').replace('\u2215', '/');
    }

    private static BigDecimal number(String s, Set<NumberSpelling> spellings) {
        Matcher fraction = FRACTION.matcher(s);
        if (fraction.matches()) {
            spellings.add(NumberSpelling.FRACTION);
            return quotient(fraction.group(1), decimal(fraction.group(2)), decimal(fraction.group(3)));
        }
        Matcher vulgar = VULGAR.matcher(s);
        if (vulgar.matches()) {
            spellings.add(NumberSpelling.VULGAR_FRACTION);
            int[] parts = VULGAR_VALUES[VULGARS.indexOf(vulgar.group(3))];
            BigDecimal whole = vulgar.group(2).isEmpty() ? BigDecimal.ZERO : new BigDecimal(vulgar.group(2));
            BigDecimal b = BigDecimal.valueOf(parts[1]);
            return quotient(vulgar.group(1), whole.multiply(b).add(BigDecimal.valueOf(parts[0])), b);
        }
        return decimal(s);
    }

    /** A fraction's value to {@link #FRACTION_PLACES} places; null when a part is not a number, or the sign is doubled. */
    private static BigDecimal quotient(String sign, BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() == 0 || !sign.isEmpty() && (a.signum() < 0 || b.signum() < 0)
                || !sensible(a) || !sensible(b)) {
            return null;
        }
        BigDecimal q = a.divide(b, FRACTION_PLACES, RoundingMode.HALF_UP);
        return sign.equals("-") ? q.negate() : q;
    }

    private static BigDecimal decimal(String s) {
        Matcher tens = TIMES_TEN.matcher(s);
        if (tens.matches()) {
            BigDecimal mantissa = mantissa(tens.group(1));
            String exponent = tens.group(2) != null ? tens.group(2) : fromSuperscript(tens.group(3));
            if (mantissa == null || exponent == null) {
                return null;
            }
            return scaled(mantissa, exponent);
        }
        return mantissa(s);
    }

    private static BigDecimal scaled(BigDecimal mantissa, String exponent) {
        try {
            return mantissa.scaleByPowerOfTen(Integer.parseInt(exponent));
        } catch (NumberFormatException e) {
            return null; // an exponent beyond int: no one means that
        }
    }

    /** A number with a point or a comma as its decimal separator (and the other, if any, grouping thousands). */
    private static BigDecimal mantissa(String s) {
        String decimal = s;
        int points = count(s, '.');
        int commas = count(s, ',');
        if (commas > 0 && points > 0) {
            // 1,234.5 or 1.234,5: the last separator is the decimal one; the others must group three digits
            char last = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
            char grouping = last == ',' ? '.' : ',';
            if (count(s, last) != 1 || !grouped(s.substring(0, s.lastIndexOf(last)), grouping)) {
                return null;
            }
            decimal = s.replace(String.valueOf(grouping), "").replace(last, '.');
        } else if (commas == 1) {
            decimal = s.replace(',', '.');
        } else if (commas > 1) {
            return null;
        }
        if (!PLAIN.matcher(decimal).matches()) {
            return null;
        }
        try {
            return new BigDecimal(decimal.startsWith("+") ? decimal.substring(1) : decimal);
        } catch (NumberFormatException e) {
            return null; // an exponent beyond int
        }
    }

    private static boolean grouped(String integerPart, char grouping) {
        String digits = integerPart.startsWith("-") || integerPart.startsWith("+") ? integerPart.substring(1) : integerPart;
        return digits.matches("\\d{1,3}(" + Pattern.quote(String.valueOf(grouping)) + "\\d{3})+");
    }

    private static String fromSuperscript(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '⁻') {
                s.append('-');
            } else if (c != '⁺') {
                s.append(SUPERSCRIPTS.indexOf(c));
            }
        }
        return s.toString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == c) {
                n++;
            }
        }
        return n;
    }
}
