package org.showwork.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.showwork.exercise.ClassIndex;
import org.showwork.web.security.Sessions;
import org.showwork.web.sheet.SheetForm;
import org.showwork.web.sheet.SheetMarks;
import org.showwork.web.sheet.Workbook;
import org.showwork.web.store.Attempts;
import org.showwork.web.store.Links;

/**
 * The students' pages. Practice: any served problem's sheet, marked from what the form sends and
 * stored nowhere. Class mode: a student's own variant behind their personal link, every check
 * saving the answers as typed and any reveal before it answers. Without JavaScript a check is a
 * plain form POST answered by a redirect to the sheet; the page's script sends the same form and
 * gets the marks as JSON.
 */
final class StudentRoutes {

    private final Catalog catalog;
    private final Attempts attempts;
    private final Links links;
    private final Pages pages;
    private final Sessions sessions;

    StudentRoutes(Catalog catalog, Attempts attempts, Links links, Pages pages, Sessions sessions) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.links = links;
        this.pages = pages;
        this.sessions = sessions;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::index);
        routes.get("/practice/{name}", this::practice);
        routes.post("/practice/{name}", this::practiceCheck);
        routes.get("/s/{token}", this::sheet);
        routes.post("/s/{token}", this::save);
    }

    private void index(Context ctx) {
        Responses.html(ctx, pages.render("index", Map.of("problems", catalog.problems())));
    }

    private void practice(Context ctx) {
        Catalog.ServedProblem problem = catalog.problem(ctx.pathParam("name")).orElseThrow(WebError::notFound);
        Workbook wb = catalog.workbook(problem);
        page(ctx, wb, wb.mark("", "", Map.of(), Set.of()), "/practice/" + problem.name(), null, true);
    }

    private void practiceCheck(Context ctx) throws Exception {
        Catalog.ServedProblem problem = catalog.problem(ctx.pathParam("name")).orElseThrow(WebError::notFound);
        Workbook wb = catalog.workbook(problem);
        Set<String> revealed = new LinkedHashSet<>();
        for (String id : ctx.formParams("revealed")) {
            if (wb.asks(id)) {
                revealed.add(id);
            }
        }
        String reveal = ctx.formParam("reveal");
        if (reveal != null && wb.asks(reveal)) {
            revealed.add(reveal);
        }
        SheetMarks marks = wb.mark("", "", posted(ctx, wb), revealed);
        if (Responses.wantsJson(ctx)) {
            Responses.json(ctx, json(marks));
        } else {
            page(ctx, wb, marks, "/practice/" + problem.name(), null, true);
        }
    }

    /** The class student a token opens, with their workbook; 404 for any token that is not one. */
    private record Opened(Attempts.Student student, ClassIndex.Entry entry, Workbook workbook) {}

    private Opened open(String token) throws Exception {
        if (!Sessions.wellFormed(token)) {
            throw WebError.notFound();
        }
        Attempts.Student student = links.student(token).orElseThrow(WebError::notFound);
        Catalog.ServedClass served = catalog.served(student.classKey()).orElseThrow(WebError::notFound);
        ClassIndex.Entry entry = served.student(student.studentId()).orElseThrow(WebError::notFound);
        return new Opened(student, entry, catalog.workbook(served, entry));
    }

    private void sheet(Context ctx) throws Exception {
        Opened o = open(ctx.pathParam("token"));
        Attempts.Work work = attempts.load(o.student());
        SheetMarks marks = o.workbook().mark(o.entry().name(), o.entry().id(), work.answers(), work.revealed());
        page(ctx, o.workbook(), marks, "/s/" + ctx.pathParam("token"), o.entry(), false);
    }

    private void save(Context ctx) throws Exception {
        String token = ctx.pathParam("token");
        Opened o = open(token);
        Workbook wb = o.workbook();
        Attempts.Work work = attempts.load(o.student());
        Map<String, String> posted = posted(ctx, wb);
        Map<String, String> typed = new HashMap<>(work.answers());
        typed.putAll(posted);
        Set<String> revealed = new LinkedHashSet<>(work.revealed());
        Set<String> newly = new LinkedHashSet<>();
        String reveal = ctx.formParam("reveal");
        if (reveal != null && wb.asks(reveal) && revealed.add(reveal)) {
            newly.add(reveal);
        }
        SheetMarks marks = wb.mark(o.entry().name(), o.entry().id(), typed, revealed);
        attempts.save(o.student(), posted, newly, marks.score(), marks.maxScore());
        if (Responses.wantsJson(ctx)) {
            Responses.json(ctx, json(marks));
        } else {
            ctx.redirect("/s/" + token, HttpStatus.SEE_OTHER);
        }
    }

    /** The answers the form sent, by id, each cut to the longest an answer may be; ids not on the sheet are ignored. */
    private static Map<String, String> posted(Context ctx, Workbook wb) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String id : wb.asked()) {
            String text = ctx.formParam(SheetForm.field(id));
            if (text != null) {
                answers.put(id, text.length() > Workbook.ANSWER_LIMIT ? text.substring(0, Workbook.ANSWER_LIMIT) : text);
            }
        }
        return answers;
    }

    private void page(Context ctx, Workbook wb, SheetMarks marks, String action, ClassIndex.Entry student,
            boolean practice) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", wb.worksheet().title());
        model.put("action", action);
        model.put("csrf", sessions.csrf(Guard.session(ctx)));
        model.put("sheet", SheetForm.render(wb, marks, true));
        model.put("status", status(marks));
        model.put("practice", practice);
        model.put("revealed", practice ? marks.cells().stream().filter(SheetMarks.Cell::revealed)
                .map(SheetMarks.Cell::id).toList() : List.of());
        model.put("student", student == null ? "" : student.name().isBlank() ? student.id() : student.name());
        model.put("variant", student == null ? "" : student.code());
        Responses.html(ctx, pages.render("sheet", model));
    }

    /** "Score 12.5 of 31 · 20 of 31 cells done · 1 revealed". */
    static String status(SheetMarks marks) {
        String s = "Score " + points(marks.score()) + " of " + points(marks.maxScore()) + " · " + marks.answered() + " of "
                + marks.cells().size() + " cells done";
        return marks.revealedCount() == 0 ? s : s + " · " + marks.revealedCount() + " revealed";
    }

    private static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The marks for the page's script: a verdict and diagnosis per cell, our value only for revealed cells. */
    static Map<String, Object> json(SheetMarks marks) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (SheetMarks.Cell c : marks.cells()) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("id", c.id());
            cell.put("word", c.word());
            cell.put("why", c.why());
            cell.put("revealed", c.revealed());
            if (c.revealed()) {
                cell.put("value", c.text());
            }
            cells.add(cell);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status(marks));
        out.put("score", points(marks.score()));
        out.put("max_score", points(marks.maxScore()));
        out.put("answered", marks.answered());
        out.put("revealed", marks.revealedCount());
        out.put("cells", cells);
        return out;
    }
}
