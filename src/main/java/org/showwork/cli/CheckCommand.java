package org.showwork.cli;

import org.showwork.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.showwork.check.CheckResult;
import org.showwork.check.Checker;
import org.showwork.check.ClassSummary;
import org.showwork.check.MarkingScheme;
import org.showwork.check.MarkingSchemeReader;
import org.showwork.check.Submission;
import org.showwork.check.SubmissionException;
import org.showwork.check.SubmissionReader;
import org.showwork.check.Tolerance;
import org.showwork.derive.Blanks;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.quantity.BlankSelection;
import org.showwork.problem.Problem;
import org.showwork.render.TemplateRendering;
import org.showwork.render.json.CheckJsonRenderer;
import org.showwork.render.view.CheckView;
import org.showwork.render.view.ClassSummaryView;
import org.showwork.quantity.QuantityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code showwork check PROBLEM SUBMISSION…}: marks students' answers against the problem's
 * derivation. One submission gives one report (standard output, or {@code -o FILE}); several, or a
 * folder of them, give a report per student, a gradebook and a class summary in the folder {@code -o}
 * names. Problems with a submission (unknown or duplicate ids, another problem's worksheet, an
 * empty file) are reported, and what can be checked is checked.
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

    @Option(names = "--tolerance", paramLabel = "SPEC",
            description = "When a value is right: shown (the default: it rounds to ours at the places shown), places:N, "
                    + "abs:X, rel:X or rel:N%, sig:N. Replaces the marking scheme's default tolerance.")
    String tolerance;

    @Option(names = "--asked", paramLabel = "LIST",
            description = "What is marked, as --blank of a worksheet: kinds, groups (all, forward, sums, grad, update) or "
                    + "ids (default: all, or the marking scheme's).")
    String asked;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Your own templates, by the names of ours, used before ours.")
    Path templates;

    @Override
    public Integer call() throws Exception {
        if (format != Format.md && format != Format.html && format != Format.json) {
            throw new UserException("check writes its reports as md, html or json, not " + format);
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UserException(templates + ": no such folder of templates");
        }
        CheckTargets targets = CheckTargets.of(problemFile, variant, problem -> {
            Trace trace = Tracer.trace(problem);
            MarkingScheme scheme = scheme(problem);
            scheme = scheme.withAsked(onWorksheet(trace, scheme));
            return new CheckTargets.Target(trace, scheme, new Checker(trace, scheme));
        });
        List<Path> files = submissionFiles();
        TemplateRendering rendering = templates == null ? TemplateRendering.builtIn() : TemplateRendering.withOverrides(templates);
        boolean one = submissions.size() == 1 && !Files.isDirectory(submissions.get(0));
        if (one) {
            Path file = files.get(0);
            if (output != null && sameFile(output, file)) {
                throw new UserException(output + ": is the submission itself; write the report to another file");
            }
            Submission submission;
            CheckTargets.Target target;
            try {
                submission = targets.named(SubmissionReader.read(file));
                target = targets.of(submission);
            } catch (SubmissionException | CheckTargets.UnknownVariant e) {
                throw new UserException(e.getMessage());
            }
            CheckResult result = target.checker().check(submission);
            for (String note : result.notes()) {
                spec.commandLine().getErr().println("showwork: " + note);
            }
            spec.commandLine().getErr().flush();
            report(result, target.trace(), target.scheme(), output, rendering);
            return 0;
        }
        return checkClass(files, targets, rendering);
    }

    private int checkClass(List<Path> files, CheckTargets targets, TemplateRendering rendering) throws Exception {
        CheckTargets.Target first = targets.first();
        Trace trace = first.trace();
        MarkingScheme scheme = first.scheme();
        if (output == null) {
            throw new UserException("several submissions make a report each, a gradebook and a class summary: "
                    + "name a folder for them with -o, e.g. -o reports");
        }
        Path folder = output;
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserException(folder + ": is a file; with several submissions -o names a folder");
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserException(folder + ": the folder " + parent + " does not exist");
        }
        for (Path file : files) {
            if (sameFile(folder, file.toAbsolutePath().getParent())) {
                throw new UserException(folder + ": holds the submissions; write the reports to another folder");
            }
        }
        Files.createDirectories(folder);
        ClassSummary summary = new ClassSummary(first.checker().asked());
        String extension = extension();
        Set<String> taken = new HashSet<>(Set.of(SUMMARY + "." + extension));
        ProgressBar progress = ProgressBar.onTerminal(spec.commandLine().getErr(), files.size(), "checking", PROGRESS_FROM);
        int troubled = 0;
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            Submission submission;
            CheckTargets.Target target = first;
            try {
                submission = targets.named(SubmissionReader.read(file));
                target = targets.of(submission);
            } catch (SubmissionException | CheckTargets.UnknownVariant e) {
                // one unreadable file (or one whose variant is unknown) does not stop the class: it is marked as
                // handing in nothing
                submission = new Submission(file.toString(), SubmissionReader.stem(file.toString()), "", List.of(),
                        List.of(e.getMessage()));
            }
            CheckResult result = target.checker().check(submission);
            troubled += result.notes().isEmpty() ? 0 : 1;
            summary.add(result);
            report(result, target.trace(), target.scheme(), folder.resolve(reportName(file, extension, taken)), rendering);
            progress.done(k + 1);
        }
        progress.finish();
        Output.write(folder.resolve(GRADEBOOK), null, out -> summary.writeGradebook(out, trace.problem().featureCount()));
        Path summaryFile = folder.resolve(SUMMARY + "." + extension);
        if (format == Format.json) {
            Output.write(summaryFile, null, out -> new CheckJsonRenderer().render(summary, trace, scheme, out));
        } else {
            DocumentOutput.write(ClassSummaryView.of(summary, trace), format, summaryFile, rendering, spec);
        }
        spec.commandLine().getOut().println("Checked " + files.size() + " submission" + (files.size() == 1 ? "" : "s")
                + " against " + problemFile + (targets.isClass() ? " (each its own variant)" : "") + ": reports, " + GRADEBOOK + " and " + summaryFile.getFileName() + " in " + folder);
        spec.commandLine().getOut().flush();
        if (troubled > 0) {
            spec.commandLine().getErr().println("showwork: " + troubled + " submission" + (troubled == 1 ? " has problems" : "s have problems")
                    + " of their own (unknown or duplicate ids, empty, another problem's): see " + summaryFile);
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    private void report(CheckResult result, Trace trace, MarkingScheme scheme, Path target, TemplateRendering rendering)
            throws Exception {
        if (format == Format.json) {
            Output.write(target, spec.commandLine().getOut(), out -> new CheckJsonRenderer().render(result, trace, scheme, out));
        } else {
            DocumentOutput.write(CheckView.of(result, trace, scheme), format, target, rendering, spec);
        }
    }

    private MarkingScheme scheme(Problem problem) throws Exception {
        MarkingScheme scheme = marking == null ? MarkingScheme.defaults()
                : MarkingSchemeReader.read(marking, problem.featureCount());
        if (tolerance != null) {
            Tolerance t = Tolerance.parse(tolerance).orElseThrow(() -> new UserException("--tolerance " + tolerance
                    + ": use shown, places:N, abs:X, rel:X (or rel:N%) or sig:N, with X ≥ 0 and N a whole number"));
            scheme = scheme.withTolerance(t);
        }
        if (asked != null) {
            BlankSelection selection = BlankSelection.parse(asked, problem.featureCount(), problem.classCount()).orElseThrow(() ->
                    new UserException("--asked " + asked + ": use quantity names, ids such as p[4] or t2:cost, or "
                            + String.join(", ", BlankSelection.names())));
            scheme = scheme.withAsked(selection);
        }
        return scheme;
    }

    /**
     * What is asked: the blanks of the worksheet that {@code --blank} with the same selection makes, so
     * that a worksheet and its checking agree (a derivation over several steps shows only the first and
     * the last decision boundary, for instance, and a cost that rounding made infinite is not asked).
     */
    private static java.util.function.Predicate<QuantityId> onWorksheet(Trace trace, MarkingScheme scheme) {
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
                            .filter(p -> !sameFile(p, problemFile)).sorted().forEach(files::add);
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

    private static boolean sameFile(Path a, Path b) {
        if (a == null || b == null) {
            return false;
        }
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
