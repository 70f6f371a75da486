package org.showwork.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.showwork.web.store.Links;

/**
 * Browser sessions: every visitor gets a random session id in an HttpOnly, SameSite cookie; each
 * form carries a CSRF token derived from that id with the server's secret (HMAC-SHA256), which a
 * POST must send back; and a session becomes a teacher's once the teacher token is typed in. Teacher
 * sessions live in memory and end with the server or after {@link #TEACHER_SESSION}.
 */
public final class Sessions {

    public static final String COOKIE = "showwork_session";
    public static final String CSRF_FIELD = "csrf";
    static final Duration TEACHER_SESSION = Duration.ofHours(12);

    private final byte[] secret;
    private final String teacherToken;
    private final Map<String, Long> teachers = new ConcurrentHashMap<>();

    public Sessions(String secret, String teacherToken) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.teacherToken = teacherToken;
    }

    /** A new session id. */
    public static String newSession() {
        return Links.newToken();
    }

    /** Whether {@code id} looks like a session id we hand out (so a forged cookie cannot smuggle anything in). */
    public static boolean wellFormed(String id) {
        return id != null && id.matches("[A-Za-z0-9_-]{22}");
    }

    /** The Set-Cookie value for a session. */
    public static String cookie(String session) {
        // Lax: sent when a student follows their link from mail, never with another site's POST
        return COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Lax";
    }

    /** The CSRF token of a session's forms. */
    public String csrf(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("csrf:" + session).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Whether a POST's token is the session's, compared in constant time. */
    public boolean csrfMatches(String session, String token) {
        return session != null && token != null && same(csrf(session), token);
    }

    /** Makes the session a teacher's when {@code token} is the teacher token. */
    public boolean logIn(String session, String token) {
        if (session == null || token == null || !same(teacherToken, token.strip())) {
            return false;
        }
        teachers.put(session, System.currentTimeMillis() + TEACHER_SESSION.toMillis());
        return true;
    }

    public void logOut(String session) {
        if (session != null) {
            teachers.remove(session);
        }
    }

    public boolean isTeacher(String session) {
        if (session == null) {
            return false;
        }
        Long until = teachers.get(session);
        if (until == null) {
            return false;
        }
        if (until < System.currentTimeMillis()) {
            teachers.remove(session);
            return false;
        }
        return true;
    }

    private static boolean same(String a, String b) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // digests first, so that the comparison takes as long whatever the lengths
            return MessageDigest.isEqual(sha.digest(a.getBytes(StandardCharsets.UTF_8)),
                    MessageDigest.getInstance("SHA-256").digest(b.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
