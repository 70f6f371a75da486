package org.showwork.exercise;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Where one student's variant comes from: the class's seed and the student's id, hashed with
 * SHA-256 (the UTF-8 bytes of the seed, a line feed, the UTF-8 bytes of the id). The digest's
 * eight big-endian 32-bit words seed a Mersenne Twister (Commons Math's), so each student has a
 * generator of their own that no other student's draws disturb; its first 30 bits, as six
 * Crockford base-32 digits, are the variant's code. Nothing here depends on the machine, the
 * order of the roster or the number of students.
 */
public record VariantSeed(String seed, String studentId) {

    /** Crockford's base-32 digits: no I, L, O or U, so a code read aloud or copied by hand stays unambiguous. */
    private static final String DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static final int CODE_LENGTH = 6;

    public byte[] digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(seed.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(studentId.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A fresh generator, always in the same state for the same seed and id. */
    public RandomGenerator generator() {
        ByteBuffer words = ByteBuffer.wrap(digest());
        int[] key = new int[8];
        for (int k = 0; k < key.length; k++) {
            key[k] = words.getInt();
        }
        return new MersenneTwister(key);
    }

    /** The variant's code, e.g. {@code 7KQ2MX}: the digest's first 30 bits in base 32, most significant first. */
    public String code() {
        long bits = ByteBuffer.wrap(digest()).getInt() & 0xFFFFFFFFL;
        bits >>>= 2;   // 32 bits, of which the first 30 make six digits
        char[] code = new char[CODE_LENGTH];
        for (int k = CODE_LENGTH - 1; k >= 0; k--) {
            code[k] = DIGITS.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(code);
    }
}
