package org.showwork.exercise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The folder of a student in a class, named after the student's id. Letters and digits of any
 * script are kept (张伟 stays 张伟), and so are '.', '_' and '-'; any other character becomes '_'
 * (a leading '.' too, so that no folder is hidden), and the name is cut to {@value #MAX_BYTES}
 * bytes of UTF-8, well within every file system's limit. When that changed the id — or the id is
 * a name Windows reserves — eight hexadecimal digits of the id's SHA-256 follow a '-', so that ids
 * which read alike still get folders of their own; the name depends on the id alone.
 */
public final class FolderNames {
    private FolderNames() {}

    /** The longest name before the suffix, in bytes of UTF-8. */
    static final int MAX_BYTES = 64;

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** The folder of the student with this id. */
    public static String of(String id) {
        String safe = safe(id);
        return safe.equals(id) && !RESERVED.contains(id.toLowerCase(Locale.ROOT)) ? safe : suffixed(id);
    }

    /** The id's safe name with its digest: for ids whose folders would differ only in case. */
    static String suffixed(String id) {
        return safe(id) + "-" + digest(id);
    }

    /** Two folders are one on file systems that ignore case or normalise Unicode (macOS, Windows). */
    static String collisionKey(String folder) {
        return Normalizer.normalize(folder, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String safe(String id) {
        String normal = Normalizer.normalize(id, Normalizer.Form.NFC);
        StringBuilder s = new StringBuilder();
        int bytes = 0;
        for (int k = 0; k < normal.length(); ) {
            int c = normal.codePointAt(k);
            k += Character.charCount(c);
            int kept = kept(c) ? c : '_';
            int size = new String(Character.toChars(kept)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            s.appendCodePoint(kept);
        }
        if (s.isEmpty()) {
            return "_";
        }
        if (s.charAt(0) == '.') {
            s.setCharAt(0, '_');
        }
        return s.toString();
    }

    private static boolean kept(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || c == '.' || c == '_' || c == '-';
    }

    private static String digest(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
