package org.showwork.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * The seeding scheme the README promises: SHA-256 of the seed, a line feed and the student's id;
 * its eight words seed a Mersenne Twister; its first 30 bits are the code. Pinned values guard the
 * promise that a later version gives the same variants.
 */
class VariantSeedTest {

    @Test
    void theDigestIsSha256OfSeedLineFeedAndId() throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256").digest("2024\ns1001".getBytes(StandardCharsets.UTF_8));
        assertThat(new VariantSeed("2024", "s1001").digest()).isEqualTo(expected);
        assertThat(HexFormat.of().formatHex(new VariantSeed("2024", "s1001").digest()))
                .isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void pinnedCodesAndDraws() {
        // the class in worked-examples/ was drawn with these; a change here changes every class ever generated
        assertThat(new VariantSeed("2024", "s1001").code()).isEqualTo("TMR3F5");
        assertThat(new VariantSeed("2024", "s1002").code()).isEqualTo("EF4DFA");
        assertThat(new VariantSeed("2024", "1").code()).isEqualTo("5E0SSJ");
        var random = new VariantSeed("2024", "s1001").generator();
        int[] draws = {random.nextInt(1000), random.nextInt(1000), random.nextInt(1000)};
        var again = new VariantSeed("2024", "s1001").generator();
        assertThat(new int[] {again.nextInt(1000), again.nextInt(1000), again.nextInt(1000)}).isEqualTo(draws);
    }

    @Test
    void theGeneratorIsAMersenneTwisterKeyedByTheDigestsWords() {
        byte[] d = new VariantSeed("fall", "ada").digest();
        int[] key = new int[8];
        for (int k = 0; k < 8; k++) {
            key[k] = (d[4 * k] & 0xFF) << 24 | (d[4 * k + 1] & 0xFF) << 16 | (d[4 * k + 2] & 0xFF) << 8 | d[4 * k + 3] & 0xFF;
        }
        MersenneTwister reference = new MersenneTwister(key);
        var generator = new VariantSeed("fall", "ada").generator();
        for (int k = 0; k < 20; k++) {
            assertThat(generator.nextLong()).isEqualTo(reference.nextLong());
        }
    }

    @Test
    void theCodeIsTheDigestsFirstThirtyBitsInCrockfordBase32() {
        byte[] d = new VariantSeed("x", "y").digest();
        long bits = ((d[0] & 0xFFL) << 24 | (d[1] & 0xFFL) << 16 | (d[2] & 0xFFL) << 8 | d[3] & 0xFFL) >>> 2;
        String digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder code = new StringBuilder();
        for (int k = 5; k >= 0; k--) {
            code.append(digits.charAt((int) (bits >>> (5 * k) & 31)));
        }
        assertThat(new VariantSeed("x", "y").code()).isEqualTo(code.toString());
    }

    @Test
    void codesDifferFromStudentToStudentAndSeedToSeed() {
        Set<String> codes = new HashSet<>();
        for (int k = 1; k <= 2000; k++) {
            String code = new VariantSeed("2024", "student-" + k).code();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{6}");
            codes.add(code);
        }
        assertThat(codes).hasSize(2000);
        assertThat(new VariantSeed("2025", "s1001").code()).isNotEqualTo(new VariantSeed("2024", "s1001").code());
        // the separator keeps ("ab", "c") and ("a", "bc") apart
        assertThat(new VariantSeed("ab", "c").code()).isNotEqualTo(new VariantSeed("a", "bc").code());
    }
}
