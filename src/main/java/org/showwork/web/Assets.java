package org.showwork.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The files pages load, all served by the app itself from the jar: the handout's stylesheet (the
 * same file the documents use), the app's own stylesheet and its small script. Only these names are
 * served; nothing is looked up from a URL.
 */
final class Assets {
    private Assets() {}

    private static final Map<String, String[]> FILES = Map.of(
            "/assets/handout.css", new String[] {"templates/html/handout.css", "text/css; charset=utf-8"},
            "/assets/app.css", new String[] {"web/app.css", "text/css; charset=utf-8"},
            "/assets/sheet.js", new String[] {"web/sheet.js", "text/javascript; charset=utf-8"});

    static void register(RoutesConfig routes) throws IOException {
        for (Map.Entry<String, String[]> file : FILES.entrySet()) {
            byte[] bytes = read(file.getValue()[0]);
            String type = file.getValue()[1];
            routes.get(file.getKey(), ctx -> {
                ctx.header("Cache-Control", "public, max-age=3600");
                ctx.contentType(type).result(bytes);
            });
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }
}
