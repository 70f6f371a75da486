package org.showwork.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Map;

/** How handlers answer: a page, JSON for the page's script, a file to download. */
final class Responses {
    private Responses() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the page's own script asked (it wants JSON back rather than a page). */
    static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith("application/json");
    }

    static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    static void json(Context ctx, Map<String, ?> value) throws Exception {
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
    }

    /** An error page, or for the page's script the message as JSON. */
    static void error(Context ctx, Pages pages, int status, String message) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            try {
                ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(Map.of("error", message)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of one string is always JSON", e);
            }
        } else {
            html(ctx, pages.render("error", Map.of("status", status, "message", message)));
        }
    }

    static void download(Context ctx, String fileName, String type, byte[] bytes) {
        // the name is ours (a served problem's short name), but quoted and plain all the same
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + safe + "\"");
        ctx.contentType(type).result(bytes);
    }
}
