package org.showwork.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.showwork.check.ClassSummary;
import org.showwork.exercise.ClassIndex;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.view.CheckView;
import org.showwork.render.view.ClassSummaryView;
import org.showwork.web.sheet.SheetMarks;
import org.showwork.web.sheet.Workbook;
import org.showwork.web.store.Attempts;
import org.showwork.web.store.Links;

/**
 * A class's dashboard, behind the teacher token: who has worked (score, checks, reveals, last
 * activity) with each student's personal link, the class summary (the steps most missed, the
 * mistakes most made), each student's report, the gradebook as {@code check} writes it, and the
 * personal links as CSV. Reports are made afresh from the stored answers by the same checker.
 */
final class DashboardRoutes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Catalog catalog;
    private final Attempts attempts;
    private final Links links;
    private final Pages pages;
    private final MarkedSheets sheets;

    DashboardRoutes(Catalog catalog, Attempts attempts, Links links, Pages pages) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.sheets = new MarkedSheets(attempts);
        this.links = links;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get("/teach/classes/{name}", this::dashboard);
        routes.get("/teach/classes/{name}/gradebook.csv", this::gradebook);
        routes.get("/teach/classes/{name}/links.csv", this::linksCsv);
        routes.get("/teach/classes/{name}/students/{id}", this::report);
    }

    /** One student's row of the dashboard. */
    record Row(String name, String id, String code, String link, String score, int checks, int reveals,
            String lastActivity, boolean worked) {}

    /** A student who has worked, their sheet as last marked. */
    private record Worked(ClassIndex.Entry entry, Workbook workbook, SheetMarks marks) {}

    private void dashboard(Context ctx) throws Exception {
        Catalog.ServedClass served = served(ctx);
        Map<String, Attempts.Summary> byId = new HashMap<>();
        attempts.ofClass(served.name()).forEach(s -> byId.put(s.studentId(), s));
        String base = ctx.scheme() + "://" + ctx.host();
        List<Row> rows = new ArrayList<>();
        for (ClassIndex.Entry e : served.index().entries()) {
            Attempts.Summary s = byId.get(e.id());
            String link = base + "/s/" + links.tokenFor(new Attempts.Student(served.name(), e.id()));
            rows.add(s == null ? new Row(e.name(), e.id(), e.code(), link, "—", 0, 0, "not yet", false)
                    : new Row(e.name(), e.id(), e.code(), link, points(s.score()) + " of " + points(s.maxScore()),
                            s.checks(), s.reveals(), WHEN.format(Instant.ofEpochMilli(s.lastActivity())), true));
        }
        List<Worked> worked = worked(served, byId);
        String summary = "";
        if (!worked.isEmpty()) {
            ClassSummary classSummary = summary(worked);
            summary = TemplateRendering.builtIn().render("web/blocks.html",
                    ClassSummaryView.of(classSummary, worked.get(0).workbook().trace()), new HtmlWriter());
        }
        Responses.html(ctx, pages.render("dashboard", Map.of("name", served.name(), "title", served.title(),
                "rows", rows, "summary", summary, "worked", worked.size())));
    }

    private void gradebook(Context ctx) throws Exception {
        Catalog.ServedClass served = served(ctx);
        Map<String, Attempts.Summary> byId = new HashMap<>();
        attempts.ofClass(served.name()).forEach(s -> byId.put(s.studentId(), s));
        List<Worked> worked = worked(served, byId);
        StringBuilder csv = new StringBuilder();
        if (worked.isEmpty()) {
            csv.append("student,file,score,max_score\n");
        } else {
            summary(worked).writeGradebook(csv, worked.get(0).workbook().problem().featureCount());
        }
        Responses.download(ctx, served.name() + "-gradebook.csv", "text/csv; charset=utf-8",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void linksCsv(Context ctx) throws Exception {
        Catalog.ServedClass served = served(ctx);
        String base = ctx.scheme() + "://" + ctx.host();
        Responses.download(ctx, served.name() + "-links.csv", "text/csv; charset=utf-8",
                ClassLinks.csv(served, links, base).getBytes(StandardCharsets.UTF_8));
    }

    private void report(Context ctx) throws Exception {
        Catalog.ServedClass served = served(ctx);
        ClassIndex.Entry entry = served.student(ctx.pathParam("id")).orElseThrow(WebError::notFound);
        Workbook wb = catalog.workbook(served, entry);
        Attempts.Student student = new Attempts.Student(served.name(), entry.id());
        Optional<Attempts.Summary> summary = attempts.summary(student);
        SheetMarks marks;
        if (summary.isPresent()) {
            marks = sheets.of(served.name(), entry, summary.get(), wb);
        } else {
            Attempts.Work work = attempts.load(student);
            marks = wb.mark(entry.name(), entry.id(), work.answers(), work.revealed());
        }
        String report = TemplateRendering.builtIn().render("web/blocks.html",
                CheckView.of(marks.result(), wb.trace(), wb.scheme()), new HtmlWriter());
        Responses.html(ctx, pages.render("report", Map.of("name", served.name(), "student",
                entry.name().isBlank() ? entry.id() : entry.name(), "id", entry.id(), "report", report)));
    }

    private List<Worked> worked(Catalog.ServedClass served, Map<String, Attempts.Summary> byId) throws Exception {
        List<Worked> worked = new ArrayList<>();
        for (ClassIndex.Entry e : served.index().entries()) {
            Attempts.Summary summary = byId.get(e.id());
            if (summary != null) {
                Workbook wb = catalog.workbook(served, e);
                worked.add(new Worked(e, wb, sheets.of(served.name(), e, summary, wb)));
            }
        }
        return worked;
    }

    /** The class summary of those who worked; the asked quantities are the first variant's (a class's variants share their shape). */
    private static ClassSummary summary(List<Worked> worked) {
        ClassSummary summary = new ClassSummary(worked.get(0).workbook().checker().asked());
        worked.forEach(w -> summary.add(w.marks().result()));
        return summary;
    }

    private Catalog.ServedClass served(Context ctx) {
        return catalog.served(ctx.pathParam("name")).orElseThrow(WebError::notFound);
    }

    private static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
