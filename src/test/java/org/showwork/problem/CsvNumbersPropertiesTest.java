package org.showwork.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The CSV reader reads numbers straight from its buffer with a fast parser: every number must
 * come out as the very double {@link Double#parseDouble} makes of the same text, whatever its
 * digits, point, exponent or sign, in any column and row.
 */
class CsvNumbersPropertiesTest {

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(25);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(25).map(f -> "." + f);
        Arbitrary<String> exponent = Arbitraries.integers().between(-340, 320).map(e -> "e" + e);
        Arbitrary<String> shortest = Arbitraries.doubles().map(v -> Double.toString(Math.abs(v)));
        Arbitrary<String> written = Combinators.combine(digits, fraction.injectNull(0.4), exponent.injectNull(0.5))
                .as((a, b, c) -> a + (b == null ? "" : b) + (c == null ? "" : c));
        return Combinators.combine(sign, Arbitraries.oneOf(written, shortest)).as((s, v) -> s + v)
                .filter(v -> CsvDataReader.isDecimal(v) && Double.isFinite(Double.parseDouble(v)));
    }

    @Property(tries = 300)
    void everyNumberIsTheDoubleParseDoubleMakes(@ForAll("decimals") String a, @ForAll("decimals") String b)
            throws ProblemException {
        String csv = "a,b,y\n1,2,0\n" + a + "," + b + ",1\n" + b + "," + a + ",0\n";
        TrainingData data = CsvDataReader.read(csv, "data.csv", "y", null);
        double pa = Double.parseDouble(a);
        double pb = Double.parseDouble(b);
        assertThat(List.of(data.x(1, 0), data.x(1, 1), data.x(2, 0), data.x(2, 1))).containsExactly(pa, pb, pb, pa);
    }
}
