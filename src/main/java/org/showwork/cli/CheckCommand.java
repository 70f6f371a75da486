package org.showwork.cli;

import org.showwork.render.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.showwork.check.CheckResult;
import org.showwork.check.CheckTarget;
import org.showwork.check.ClassMarking;
import org.showwork.check.ClassSummary;
import org.showwork.check.MarkingScheme;
import org.showwork.check.MarkingSchemeReader;
import org.showwork.check.SubmissionException;
import org.showwork.check.SubmissionReader;
import org.showwork.check.Targets;
import org.showwork.check.Tolerance;
import org.showwork.derive.Blanks;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.render.TemplateRendering;
import org.showwork.render.json.CheckJsonRenderer;
import org.showwork.render.view.CheckView;
import org.showwork.render.view.ClassSummaryView;
import org.showwork.quantity.QuantityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code showwork check PROBLEM SUBMISSION…}: marks students' answers against the problem's
 * derivation. One submission gives one report (standard output, or {@code -o FILE}); several, or a
 * folder of them, give a report per student, a gradebook and a class summary in the folder {@code -o}
 * names. Problems with a submission (unknown or duplicate ids, another problem's worksheet, an
 * empty file) are reported, and what can be checked is checked. The marking is
 * {@link ClassMarking}'s; this command reads the options and what is marked against, and writes.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks students' answers against a problem's derivation: each value correct, a rounding slip, "
                + "right from the student's own earlier values (follow-through), wrong (with the mistake, when one is "
                + "recognised), missing or unreadable.",
                "SUBMISSION is a filled-in worksheet (.md), a CSV of id,value rows (.csv), YAML of id: value (.yaml), "
                        + "or a folder of them. One submission: one report. Several: with -o DIR, a report per student, "
                        + "gradebook.csv and class-summary.FORMAT."})
final class CheckCommand implements Callable<Integer> {

    /** Below this many submissions a run is quick and the progress bar would only flicker. */
    static final int PROGRESS_FROM = 20;
    static final String GRADEBOOK = "gradebook.csv";
    static final String SUMMARY = "class-summary";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM.yaml",
            description = "The problem the answers are for; or the folder of a class made by generate, and each "
                    + "submission is checked against the variant its header names.")
    Path problemFile;

    @Option(names = "--variant", paramLabel = "CODE",
            description = "With a class's folder: check the submissions as this variant, whatever they say.")
    String variant;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SUBMISSION",
            description = "Submissions (.md, .csv, .yaml), or folders of them.")
    List<Path> submissions;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Report format: md, html or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "One submission: the report's file (default: standard output). Several: the folder for the "
                    + "reports, the gradebook and the class summary (made if missing).")
    Path output;

    @Option(names = "--marking", paramLabel = "FILE",
            description = "A marking scheme (YAML): asked, tolerance, tolerance_for, points, points_for, credit (see README).")
    Path marking;

    @Option(names = "--tolerance", paramLabel = "SPEC", converter = ToleranceConverter.class,
            description = "When a value is right: shown (the default: it rounds to ours at the places shown), places:N, "
                    + "abs:X, rel:X or rel:N%%, sig:N. Replaces the marking scheme's default tolerance.")
    Tolerance tolerance;

    @Option(names = "--asked", paramLabel = "LIST", converter = BlankList.Converter.class,
            description = "What is marked, as --blank of a worksheet: kinds, groups (all, forward, sums, grad, update) or "
                    + "ids (default: all, or the marking scheme's).")
    BlankList asked;

    @Mixin
    TemplatesOption templates;

    @Override
    public Integer call() throws Exception {
        if (format != Format.md && format != Format.html && format != Format.json) {
            throw new UserException("check writes its reports as md, html or json, not " + format);
        }
        Targets targets = CheckTargets.of(problemFile, variant, problem -> {
            Trace trace = Tracer.trace(problem);
            MarkingScheme scheme = scheme(problem);
            return CheckTarget.of(trace, scheme.withAsked(onWorksheet(trace, scheme)));
        });
        List<Path> files = submissionFiles();
        TemplateRendering rendering = templates.rendering();
        ClassMarking marking = new ClassMarking(targets);
        if (submissions.size() == 1 && !Files.isDirectory(submissions.get(0))) {
            return checkOne(files.get(0), marking, rendering);
        }
        return checkClass(files, targets, marking, rendering);
    }

    private int checkOne(Path file, ClassMarking marking, TemplateRendering rendering) throws Exception {
        inputs(OutputPlan.create()).file(output);
        ClassMarking.Marked marked;
        try {
            marked = marking.one(file);
        } catch (SubmissionException | Targets.UnknownVariant e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        marked.result().notes().forEach(note -> err.println("showwork: " + note));
        int d = marked.target().trace().problem().featureCount();
        marked.result().flags().forEach(flag -> err.println("showwork: flagged: " + flag.sentence(d)));
        err.flush();
        report(marked.result(), marked.target(), output, rendering);
        return 0;
    }

    private int checkClass(List<Path> submitted, Targets targets, ClassMarking marking, TemplateRendering rendering)
            throws Exception {
        String extension = extension();
        Path folder = reportsFolder();
        List<Path> files = reportFiles(submitted, folder, extension);
        boolean made = !Files.exists(folder);
        Files.createDirectories(folder);
        ProgressBar progress = ProgressBar.onTerminal(spec.commandLine().getErr(), submitted.size(), "checking", PROGRESS_FROM);
        Map<String, Path> reports = new HashMap<>();
        for (int k = 0; k < submitted.size(); k++) {
            reports.put(submitted.get(k).toString(), files.get(k));
        }
        ClassSummary summary;
        try {
            summary = marking.all(submitted, (result, target) ->
                    report(result, target, reports.get(result.submission().source()), rendering), progress::done);
        } catch (Exception e) {
            // a lecturer's broken template shows at the first report: leave no half-made folder behind
            if (made) {
                removeReports(folder, files);
            }
            throw e;
        }
        progress.finish();
        Path summaryFile = folder.resolve(SUMMARY + "." + extension);
        summaries(summary, targets, folder, summaryFile, rendering);
        spec.commandLine().getOut().println("Checked " + submitted.size() + " submission" + (submitted.size() == 1 ? "" : "s")
                + " against " + problemFile + (targets.isClass() ? " (each its own variant)" : "") + ": reports, "
                + GRADEBOOK + " and " + summaryFile.getFileName() + " in " + folder);
        spec.commandLine().getOut().flush();
        warn(summary, summaryFile);
        return 0;
    }

    /** The class's gradebook and its summary. */
    private void summaries(ClassSummary summary, Targets targets, Path folder, Path summaryFile,
            TemplateRendering rendering) throws Exception {
        CheckTarget first = targets.first();
        Trace trace = first.trace();
        Output.write(folder.resolve(GRADEBOOK), null, out -> summary.writeGradebook(out, trace.problem().featureCount()));
        // a class of variants: each submission was checked against its own, not the first one's
        String against = targets.isClass() ? problemFile.toString() : trace.problem().source();
        if (format == Format.json) {
            Output.write(summaryFile, null, out -> new CheckJsonRenderer().render(summary, trace, first.scheme(), against, out));
        } else {
            String words = targets.isClass() ? "the variants of the class " + against + ", each submission its own" : against;
            DocumentOutput.write(ClassSummaryView.of(summary, trace, words), format, summaryFile, rendering, spec);
        }
    }

    /** Says on standard error how many submissions had problems of their own, and how many were flagged. */
    private void warn(ClassSummary summary, Path summaryFile) {
        PrintWriter err = spec.commandLine().getErr();
        long troubled = summary.students().stream().filter(s -> !s.notes().isEmpty()).count();
        if (troubled > 0) {
            err.println("showwork: " + troubled + " submission" + (troubled == 1 ? " has problems" : "s have problems")
                    + " of their own (unknown or duplicate ids, empty, another problem's): see " + summaryFile);
        }
        int flagged = summary.flagged().size();
        if (flagged > 0) {
            err.println("showwork: " + flagged + " submission" + (flagged == 1 ? " is" : "s are") + " flagged (another "
                    + "variant's values, a variant code of another student's or handed in twice): see " + summaryFile
                    + " and the flags column of " + GRADEBOOK);
        }
        err.flush();
    }

    /** Removes the reports written so far, and the folder this run made for them. */
    private static void removeReports(Path folder, List<Path> reports) throws IOException {
        for (Path report : reports) {
            Files.deleteIfExists(report);
        }
        Files.deleteIfExists(folder);
    }

    /** The folder -o names for a class's reports. */
    private Path reportsFolder() throws UserException {
        if (output == null) {
            throw new UserException("several submissions make a report each, a gradebook and a class summary: "
                    + "name a folder for them with -o, e.g. -o reports");
        }
        return output;
    }

    /**
     * The report of each submission in the class's folder, every file checked before any is written:
     * the folder is not a file nor the submissions' own, and no report, gradebook or summary is an input.
     */
    private List<Path> reportFiles(List<Path> files, Path folder, String extension) throws UserException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserException(folder + ": is a file; with several submissions -o names a folder");
        }
        for (Path file : files) {
            if (OutputPlan.same(folder, file.toAbsolutePath().getParent())) {
                throw new UserException(folder + ": holds the submissions; write the reports to another folder");
            }
        }
        OutputPlan plan = inputs(OutputPlan.create()).folder(folder);
        Set<String> taken = new HashSet<>(Set.of(SUMMARY + "." + extension));
        List<Path> reports = new ArrayList<>(files.size());
        for (Path file : files) {
            reports.add(folder.resolve(reportName(file, extension, taken)));
        }
        if (Files.isDirectory(folder)) {
            for (Path report : reports) {
                plan.file(report);
            }
            plan.file(folder.resolve(GRADEBOOK)).file(folder.resolve(SUMMARY + "." + extension));
        }
        return reports;
    }

    /** The inputs no report may overwrite: the problem, the submissions, the marking scheme. */
    private OutputPlan inputs(OutputPlan plan) {
        plan.input(problemFile, "the problem file").input(marking, "the marking scheme");
        for (Path path : submissions) {
            plan.input(path, Files.isDirectory(path) ? "the folder of submissions" : "a submission");
        }
        return plan;
    }

    private void report(CheckResult result, CheckTarget target, Path file, TemplateRendering rendering) throws Exception {
        if (format == Format.json) {
            Output.write(file, spec.commandLine().getOut(),
                    out -> new CheckJsonRenderer().render(result, target.trace(), target.scheme(), out));
        } else {
            DocumentOutput.write(CheckView.of(result, target.trace(), target.scheme()), format, file, rendering, spec);
        }
    }

    private MarkingScheme scheme(Problem problem) throws Exception {
        MarkingScheme scheme = marking == null ? MarkingScheme.defaults()
                : MarkingSchemeReader.read(marking, problem.featureCount(), problem.classCount());
        if (tolerance != null) {
            scheme = scheme.withTolerance(tolerance);
        }
        if (asked != null) {
            scheme = scheme.withAsked(asked.selection("--asked", problem));
        }
        return scheme;
    }

    /**
     * What is asked: the blanks of the worksheet that {@code --blank} with the same selection makes, so
     * that a worksheet and its checking agree (a derivation over several steps shows only the first and
     * the last decision boundary, for instance, and a cost that rounding made infinite is not asked).
     */
    private static Predicate<QuantityId> onWorksheet(Trace trace, MarkingScheme scheme) {
        return Blanks.of(trace, scheme.asked())::contains;
    }

    /** The files named, and the submission files in the folders named (sorted by name), each once. */
    private List<Path> submissionFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path path : submissions) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listed = Files.list(path)) {
                    listed.filter(Files::isRegularFile).filter(SubmissionReader::isSubmission)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !OutputPlan.same(p, problemFile)).sorted().forEach(files::add);
                }
            } else if (!Files.exists(path)) {
                throw new UserException(path + ": no such file or folder");
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new UserException(String.join(", ", submissions.stream().map(Path::toString).toList())
                    + ": no submissions (.md, .csv, .yaml) to check");
        }
        return files.stream().distinct().toList();
    }

    private String extension() {
        return format == Format.json ? "json" : format.name();
    }

    /** The report's file name: the submission's, with the report's extension; another file of the same name gets its own extension added. */
    private static String reportName(Path file, String extension, Set<String> taken) {
        String stem = SubmissionReader.stem(file.toString());
        String name = stem + "." + extension;
        if (!taken.add(name)) {
            String source = file.getFileName().toString();
            name = stem + "-" + source.substring(source.lastIndexOf('.') + 1) + "." + extension;
            for (int k = 2; !taken.add(name); k++) {
                name = stem + "-" + k + "." + extension;
            }
        }
        return name;
    }
}
