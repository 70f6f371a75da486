package org.showwork.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.showwork.web.security.Limits;
import org.showwork.web.security.Sessions;

/**
 * What every request passes before its handler: security headers (a content policy that allows
 * nothing from elsewhere and no inline script), a session cookie, for a POST a body within its cap
 * (413), a same-site origin and the session's CSRF token (403), and for the teacher's pages a
 * teacher's session.
 */
final class Guard {

    static final String SESSION = "session";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Sessions sessions;

    Guard(Sessions sessions) {
        this.sessions = sessions;
    }

    void before(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer"); // a personal link never leaks through a Referer header
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        String session = ctx.cookie(Sessions.COOKIE);
        if (!Sessions.wellFormed(session)) {
            session = Sessions.newSession();
            ctx.header("Set-Cookie", Sessions.cookie(session));
        }
        ctx.attribute(SESSION, session);
        if (ctx.method() == HandlerType.POST) {
            checkPost(ctx, session);
        }
        String path = ctx.path();
        if (path.startsWith("/teach") && !path.equals("/teach/login") && !sessions.isTeacher(session)) {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/teach/login");
                ctx.skipRemainingHandlers();
                return;
            }
            throw new WebError(403, "These pages are for the teacher: log in with the teacher token first.");
        }
    }

    private void checkPost(Context ctx, String session) {
        long length = ctx.req().getContentLengthLong();
        if (length > Limits.BODY_BYTES) {
            throw new WebError(413, "The form is " + length / 1024 + " KB; this server takes " + Limits.BODY_BYTES / 1024
                    + " KB at most in one request.");
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new WebError(403, "The form was sent from another site; open the page here and send it again.");
        }
        if (!sessions.csrfMatches(session, ctx.formParam(Sessions.CSRF_FIELD))) {
            throw new WebError(403, "The form has expired (or was sent from elsewhere): reload the page and send it again.");
        }
    }

    static String session(Context ctx) {
        return ctx.attribute(SESSION);
    }
}
