package org.showwork.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser without a browser, for tests of the server over HTTP: it keeps its cookies, remembers
 * the CSRF token of the last page it read, and sends forms as a browser does.
 */
final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    String csrf = "";

    Visitor(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** A form sent with the page's CSRF token; {@code json}: as the page's script sends it. */
    HttpResponse<String> post(String path, List<String[]> fields, boolean json) throws Exception {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"csrf", csrf});
        all.addAll(fields);
        return postRaw(path, form(all), json ? Map.of("Accept", "application/json") : Map.of());
    }

    HttpResponse<String> postRaw(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> postForBytes(String path, List<String[]> fields) throws Exception {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"csrf", csrf});
        all.addAll(fields);
        return http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(form(all)))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Logs in to the teacher's pages. */
    Visitor teacher() throws Exception {
        get("/teach/login");
        HttpResponse<String> r = post("/teach/login", List.<String[]>of(new String[] {"token", WebFixture.TEACHER}), false);
        if (r.statusCode() != 303) {
            throw new IllegalStateException("log-in answered " + r.statusCode());
        }
        return this;
    }

    static String form(List<String[]> fields) {
        StringBuilder s = new StringBuilder();
        for (String[] f : fields) {
            if (s.length() > 0) {
                s.append('&');
            }
            s.append(URLEncoder.encode(f[0], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(f[1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }
}
