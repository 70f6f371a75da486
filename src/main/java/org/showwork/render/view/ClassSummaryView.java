package org.showwork.render.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.showwork.check.ClassSummary;
import org.showwork.check.Flag;
import org.showwork.check.Verdict;
import org.showwork.derive.Provenance;
import org.showwork.derive.Trace;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * Lays a class's results out for the teacher: the scores, the steps most students got wrong, the
 * most common mistakes and where they were made, and the submissions that had problems. The full
 * gradebook is the CSV beside it.
 */
public final class ClassSummaryView extends DocumentLayout {

    /** Rows of the steps table at most: the hardest ones. */
    static final int SHOWN_STEPS = 10;

    private final ClassSummary summary;
    private final Trace trace;
    private final int d;

    private final String against;

    private ClassSummaryView(ClassSummary summary, Trace trace, String against) {
        this.summary = summary;
        this.trace = trace;
        this.d = trace.problem().featureCount();
        this.against = against;
    }

    public static Document of(ClassSummary summary, Trace trace) {
        return of(summary, trace, trace.problem().source());
    }

    /**
     * @param trace   the problem, or a class's first variant: the asked quantities and the title come from it
     * @param against what the submissions were checked against, in words (a problem file, a class's variants)
     */
    public static Document of(ClassSummary summary, Trace trace, String against) {
        return new ClassSummaryView(summary, trace, against).build();
    }

    private Document build() {
        List<ClassSummary.Student> students = summary.students();
        scores(students);
        flagged();
        steps(students.size());
        mistakes();
        problems(students);
        String title = trace.problem().title().isBlank() ? "Logistic regression, one step at a time" : trace.problem().title();
        return new Document("Class summary: " + title, "showwork " + Provenance.currentVersion(),
                Inline.of(count(students.size(), "submission") + " checked by showwork " + Provenance.currentVersion()
                        + " against " + against + "; each student's points are in the gradebook."),
                blocks);
    }

    private void scores(List<ClassSummary.Student> students) {
        heading(2, "Scores");
        if (students.isEmpty()) {
            paragraph("No submissions.");
            return;
        }
        List<BigDecimal> sorted = students.stream().map(ClassSummary.Student::score).sorted().toList();
        BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = total.divide(BigDecimal.valueOf(sorted.size()), 2, RoundingMode.HALF_UP);
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        paragraph("Out of " + plain(students.get(0).maxScore()) + " points: mean " + plain(mean) + ", median "
                + plain(median) + ", lowest " + plain(sorted.get(0)) + ", highest " + plain(sorted.get(n - 1)) + ".");
    }

    /** The flagged submissions, each flag with its evidence; the gradebook's flags column has the same codes. */
    private void flagged() {
        List<ClassSummary.Student> flagged = summary.flagged();
        if (flagged.isEmpty()) {
            return;
        }
        heading(2, "Flagged submissions");
        paragraph(count(flagged.size(), "submission") + " to look at: values that match another variant's answer key "
                + "more closely than their own (other-variant), a variant code that belongs to another student than the "
                + "one named (swapped-variant), a variant code handed in by more than one student (shared-code). The "
                + "gradebook's flags column has the same words.");
        List<List<Inline>> items = new ArrayList<>();
        for (ClassSummary.Student s : flagged) {
            for (Flag flag : s.flags()) {
                items.add(Inline.of(new Inline.Strong(flag.code()), " " + s.name() + " (" + s.source() + "): "
                        + flag.sentence(d)));
            }
        }
        blocks.add(new Block.Items(items));
    }

    private void steps(int students) {
        heading(2, "The steps most students got wrong");
        List<ClassSummary.Step> hardest = summary.hardestSteps().stream()
                .filter(s -> s.count(Verdict.CORRECT) + s.count(Verdict.FOLLOW_THROUGH) < students).limit(SHOWN_STEPS).toList();
        if (hardest.isEmpty()) {
            paragraph("Every student has every asked value right, or right from their own earlier values.");
            return;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Inline.of("Quantity"), false));
        for (Verdict v : List.of(Verdict.WRONG, Verdict.ROUNDING, Verdict.FOLLOW_THROUGH, Verdict.MISSING, Verdict.UNREADABLE)) {
            columns.add(new Column(Inline.of(v.word()), true));
        }
        List<Row> rows = new ArrayList<>();
        for (ClassSummary.Step step : hardest) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(Inline.of(new Inline.Math(NotePhrases.symbol(step.id(), d)), " (" + step.id().toString(d) + ")"));
            for (Verdict v : List.of(Verdict.WRONG, Verdict.ROUNDING, Verdict.FOLLOW_THROUGH, Verdict.MISSING, Verdict.UNREADABLE)) {
                cells.add(Inline.of(String.valueOf(step.count(v))));
            }
            rows.add(new Row(cells, false));
        }
        blocks.add(new Block.Table(Inline.of("Students per verdict, for the values fewest got right (at most "
                + SHOWN_STEPS + ")."), columns, rows));
    }

    private void mistakes() {
        heading(2, "The most common mistakes");
        List<ClassSummary.MistakeCount> mistakes = summary.mistakes();
        if (mistakes.isEmpty()) {
            paragraph("No mistake of the catalogue was recognised.");
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (ClassSummary.MistakeCount m : mistakes) {
            String where = m.where().stream().limit(5).map(id -> id.toString(d)).collect(Collectors.joining(", "))
                    + (m.where().size() > 5 ? ", …" : "");
            rows.add(new Row(List.of(Inline.of(capitalised(m.mistake().description())), Inline.of(String.valueOf(m.times())),
                    Inline.of(String.valueOf(m.students())), Inline.of(where)), false));
        }
        blocks.add(new Block.Table(Inline.of("Mistakes recognised, the most frequent first."),
                List.of(new Column(Inline.of("Mistake"), false), new Column(Inline.of("Times"), true),
                        new Column(Inline.of("Students"), true), new Column(Inline.of("Where"), false)), rows));
    }

    private void problems(List<ClassSummary.Student> students) {
        List<List<Inline>> items = new ArrayList<>();
        for (ClassSummary.Student s : students) {
            for (String note : s.notes()) {
                items.add(Inline.of(note));
            }
        }
        if (!items.isEmpty()) {
            heading(2, "Problems with submissions");
            blocks.add(new Block.Items(items));
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
