package org.showwork.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.showwork.render.view.Document;
import org.showwork.render.view.DerivationView;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;
import org.showwork.render.html.HtmlRenderer;
import org.showwork.render.pdf.PdfRenderer;

/**
 * Renders the tutorial's handout 100 times as HTML and 100 times as PDF in one JVM, each time from
 * the problem file (read, traced, laid out, written): first one after another, then on every core,
 * as {@code generate} writes a class's documents. The goal (100 in 10 s) is set against the second.
 * Run by {@code scripts/bench}.
 */
public final class HandoutBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path file = Path.of("worked-examples/tutorial-five-points.yaml");
        long start = System.nanoTime();
        long htmlBytes = 0;
        for (int k = 0; k < count; k++) {
            Problem problem = ProblemReader.read(file);
            Trace trace = Tracer.trace(problem);
            StringBuilder html = new StringBuilder();
            html.append(new HtmlRenderer().render(DerivationView.of(trace)));
            htmlBytes += html.length();
        }
        long html = System.nanoTime() - start;
        start = System.nanoTime();
        long pdfBytes = 0;
        for (int k = 0; k < count; k++) {
            Trace trace = Tracer.trace(ProblemReader.read(file));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new PdfRenderer().render(trace, pdf);
            pdfBytes += pdf.size();
        }
        long pdf = System.nanoTime() - start;
        // the same work spread over the machine's cores, as a class's handouts can be
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        start = System.nanoTime();
        List<Future<Integer>> jobs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            jobs.add(pool.submit(() -> {
                // one layout, written in both formats, as a batch of handouts is made
                Document document = DerivationView.of(Tracer.trace(ProblemReader.read(file)));
                String page = new HtmlRenderer().render(document);
                ByteArrayOutputStream printed = new ByteArrayOutputStream();
                new PdfRenderer().render(document, printed);
                return page.length() + printed.size();
            }));
        }
        for (Future<Integer> job : jobs) {
            job.get();
        }
        pool.shutdown();
        long parallel = System.nanoTime() - start;
        System.out.printf("%d tutorial handouts in one run: HTML %.2f s (%.0f ms each, %d kB each), "
                + "PDF %.2f s (%.0f ms each, %d kB each), together %.2f s%n", count, html / 1e9, html / 1e6 / count,
                htmlBytes / count / 1000, pdf / 1e9, pdf / 1e6 / count, pdfBytes / count / 1000, (html + pdf) / 1e9);
        System.out.printf("the same %d handouts (HTML and PDF) on %d threads: %.2f s%n", count, threads, parallel / 1e9);
        // the goal is for a class's handouts as showwork makes them (generate writes a class's documents on every core)
        System.out.println(Goal.atMost(count + " handouts as HTML and PDF, " + threads + " cores", parallel / 1e9,
                10.0 * count / 100));
    }
}
