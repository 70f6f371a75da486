package org.showwork.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import org.showwork.web.lecture.Download;
import org.showwork.web.lecture.ProblemEditor;
import org.showwork.web.lecture.StepView;
import org.showwork.web.security.Sessions;

/**
 * The lecturer's pages, behind the teacher token: logging in, the list of what is served, and a
 * problem's page — its YAML or its common fields edited and the derivation rendered again, a
 * mistake shown at its line, the steps one at a time with the charts after each, and the document
 * to download. Edits travel with the form and are stored nowhere: the files on disk stay as they are.
 */
final class TeacherRoutes {

    private final Catalog catalog;
    private final Pages pages;
    private final Sessions sessions;

    TeacherRoutes(Catalog catalog, Pages pages, Sessions sessions) {
        this.catalog = catalog;
        this.pages = pages;
        this.sessions = sessions;
    }

    void register(RoutesConfig routes) {
        routes.get("/teach/login", ctx -> login(ctx, ""));
        routes.post("/teach/login", this::logIn);
        routes.post("/teach/logout", this::logOut);
        routes.get("/teach", this::home);
        routes.get("/teach/problems/{name}", this::problem);
        routes.post("/teach/problems/{name}", this::edit);
        routes.post("/teach/problems/{name}/download", this::download);
    }

    private void login(Context ctx, String message) {
        Responses.html(ctx, pages.render("login", Map.of("csrf", csrf(ctx), "message", message)));
    }

    private void logIn(Context ctx) {
        // a new session for the teacher, so that a session id known before logging in is worth nothing after
        String fresh = Sessions.newSession();
        if (sessions.logIn(fresh, ctx.formParam("token"))) {
            sessions.logOut(Guard.session(ctx));
            ctx.header("Set-Cookie", Sessions.cookie(fresh));
            ctx.redirect("/teach", HttpStatus.SEE_OTHER);
        } else {
            ctx.status(403);
            login(ctx, "That is not the teacher token. It is printed when the server starts.");
        }
    }

    private void logOut(Context ctx) {
        sessions.logOut(Guard.session(ctx));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void home(Context ctx) {
        Responses.html(ctx, pages.render("teach", Map.of("csrf", csrf(ctx), "problems", catalog.problems(),
                "classes", catalog.classes())));
    }

    private void problem(Context ctx) {
        Catalog.ServedProblem served = served(ctx);
        int step = step(ctx.queryParam("step"));
        show(ctx, served, served.yaml(), step);
    }

    private void edit(Context ctx) {
        Catalog.ServedProblem served = served(ctx);
        String yaml = yaml(ctx, served);
        if ("fields".equals(ctx.formParam("action"))) {
            ProblemEditor.Reading before = ProblemEditor.read(yaml, fileName(served));
            if (before.ok()) {
                yaml = ProblemEditor.apply(yaml, ProblemEditor.fields(before.problem()), postedFields(ctx));
            }
        }
        String go = ctx.formParam("goto");
        show(ctx, served, yaml, step(go != null ? go : ctx.formParam("step")));
    }

    private void show(Context ctx, Catalog.ServedProblem served, String yaml, int wanted) {
        ProblemEditor.Reading reading = ProblemEditor.read(yaml, fileName(served));
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", csrf(ctx));
        model.put("name", served.name());
        model.put("yaml", yaml);
        model.put("mistake", reading.ok() ? "" : reading.mistake());
        model.put("listing", reading.ok() ? List.of() : YamlListing.around(yaml, reading.line()));
        if (reading.ok()) {
            Trace trace = Tracer.trace(reading.problem());
            int steps = StepView.steps(trace);
            int step = Math.max(1, Math.min(wanted, steps));
            model.put("title", trace.problem().title().isBlank() ? served.title() : trace.problem().title());
            model.put("fields", ProblemEditor.fields(reading.problem()));
            model.put("step", step);
            model.put("steps", steps);
            model.put("derivation", TemplateRendering.builtIn().render("web/blocks.html",
                    StepView.of(reading.problem(), trace, step), new HtmlWriter()));
        } else {
            ctx.status(400);
            model.put("title", served.title());
            model.put("fields", null);
            model.put("step", 1);
            model.put("steps", 1);
            model.put("derivation", "");
        }
        model.put("formats", List.of(Download.Format.values()));
        Responses.html(ctx, pages.render("problem", model));
    }

    private void download(Context ctx) throws Exception {
        Catalog.ServedProblem served = served(ctx);
        Download.Format format = Download.Format.named(ctx.formParam("format"))
                .orElseThrow(() -> new WebError(400, "Downloads come as md, html, pdf, tex or json."));
        ProblemEditor.Reading reading = ProblemEditor.read(yaml(ctx, served), fileName(served));
        if (!reading.ok()) {
            throw new WebError(400, reading.mistake());
        }
        Download file = Download.of(Tracer.trace(reading.problem()), format, served.name());
        Responses.download(ctx, file.fileName(), file.contentType(), file.bytes());
    }

    private static ProblemEditor.Fields postedFields(Context ctx) {
        return new ProblemEditor.Fields(value(ctx, "samples"), value(ctx, "weights"), value(ctx, "bias"),
                value(ctx, "learning_rate"), value(ctx, "iterations"), value(ctx, "arithmetic"), value(ctx, "decimals"));
    }

    private static String value(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null ? "" : v;
    }

    private static String yaml(Context ctx, Catalog.ServedProblem served) {
        String yaml = ctx.formParam("yaml");
        return yaml == null ? served.yaml() : yaml.replace("\r\n", "\n");
    }

    private Catalog.ServedProblem served(Context ctx) {
        return catalog.problem(ctx.pathParam("name")).orElseThrow(WebError::notFound);
    }

    private static String fileName(Catalog.ServedProblem served) {
        return served.name() + ".yaml";
    }

    private static int step(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String csrf(Context ctx) {
        return sessions.csrf(Guard.session(ctx));
    }
}
