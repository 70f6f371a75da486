package org.showwork.render.view;

import static org.showwork.formula.Formulas.eq;
import static org.showwork.formula.Formulas.num;
import static org.showwork.formula.Formulas.sym;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.showwork.check.CheckResult;
import org.showwork.check.MarkingScheme;
import org.showwork.check.Mark;
import org.showwork.check.Tolerance;
import org.showwork.check.Verdict;
import org.showwork.check.Written;
import org.showwork.derive.Provenance;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.formula.Expr.Symbol;
import org.showwork.problem.Problem;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * Lays one checked submission out for the student: the score and how it was marked, what was wrong
 * with the submission itself, then the derivation step by step, each table holding the student's
 * value beside ours with its verdict and points, and under it one sentence for every value that is
 * not simply correct. Every document format renders this one layout.
 */
public final class CheckView extends DocumentLayout {

    /** The derivation's stages, in order, each with the kinds of quantity it holds. */
    private enum Stage {
        FORWARD("Forward pass", QuantityKind.Z, QuantityKind.P),
        LOSSES("Losses and the cost", QuantityKind.LOSS, QuantityKind.SUM_LOSS, QuantityKind.COST),
        ERRORS("Errors and the gradient", QuantityKind.ERROR, QuantityKind.ERROR_X, QuantityKind.SUM_ERROR,
                QuantityKind.SUM_ERROR_X, QuantityKind.GRAD_W, QuantityKind.GRAD_B),
        UPDATE("Update", QuantityKind.W_NEW, QuantityKind.B_NEW),
        BOUNDARY("Decision boundary", QuantityKind.BOUNDARY, QuantityKind.BOUNDARY_NEW);

        final String title;
        final List<QuantityKind> kinds;

        Stage(String title, QuantityKind... kinds) {
            this.title = title;
            this.kinds = List.of(kinds);
        }

        static Stage of(QuantityKind kind) {
            for (Stage s : values()) {
                if (s.kinds.contains(kind)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(kind.id());
        }
    }

    private final CheckResult result;
    private final Trace trace;
    private final Problem problem;
    private final MarkingScheme scheme;
    private final int d;
    private final CheckFindings findings;

    private CheckView(CheckResult result, Trace trace, MarkingScheme scheme) {
        this.result = result;
        this.trace = trace;
        this.problem = trace.problem();
        this.scheme = scheme;
        this.d = problem.featureCount();
        this.findings = new CheckFindings(result, scheme, d);
    }

    public static Document of(CheckResult result, Trace trace, MarkingScheme scheme) {
        return new CheckView(result, trace, scheme).build();
    }

    private Document build() {
        summary();
        if (!result.notes().isEmpty()) {
            heading(2, "About the submission");
            blocks.add(new Block.Items(result.notes().stream().map(Inline::of).toList()));
        }
        items("Flagged", findings.flags());
        items("Repeated misconceptions", findings.patterns());
        items("How your numbers were read", findings.readings());
        Map<Integer, List<Mark>> bySteps = result.marks().stream()
                .collect(Collectors.groupingBy(m -> m.id().iteration(), TreeMap::new, Collectors.toList()));
        for (Map.Entry<Integer, List<Mark>> step : bySteps.entrySet()) {
            heading(2, bySteps.size() == 1 && problem.iterations() == 1 ? "The step" : "Step " + step.getKey());
            Map<Stage, List<Mark>> byStage = step.getValue().stream()
                    .collect(Collectors.groupingBy(m -> Stage.of(m.id().kind()), () -> new EnumMap<>(Stage.class),
                            Collectors.toList()));
            for (Map.Entry<Stage, List<Mark>> stage : byStage.entrySet()) {
                heading(3, stage.getKey().title);
                table(stage.getValue(), step.getKey(), stage.getKey());
                List<List<Inline>> sentences = new ArrayList<>();
                for (Mark mark : stage.getValue()) {
                    if (mark.verdict() != Verdict.CORRECT) {
                        sentences.add(explanation(mark));
                    }
                }
                if (!sentences.isEmpty()) {
                    blocks.add(new Block.Items(sentences));
                }
            }
        }
        String title = problem.title().isBlank() ? "Logistic regression, one step at a time" : problem.title();
        return new Document("Checked: " + title, "showwork " + Provenance.currentVersion(), byline(), blocks);
    }

    private void items(String title, List<List<Inline>> items) {
        if (!items.isEmpty()) {
            heading(2, title);
            blocks.add(new Block.Items(items));
        }
    }

    private List<Inline> byline() {
        return Inline.of("Checked by showwork " + Provenance.currentVersion() + ": " + result.submission().student() + " ("
                + result.submission().source() + ") against " + problem.source() + ". Score " + points(result.score())
                + " of " + points(result.maxScore()) + ".");
    }

    private void summary() {
        heading(2, "Summary");
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Mark mark : result.marks()) {
            counts.merge(mark.verdict(), 1, Integer::sum);
        }
        String tally = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word())
                .collect(Collectors.joining(", "));
        paragraph("Score: " + points(result.score()) + " of " + points(result.maxScore()) + " points, for "
                + result.marks().size() + (result.marks().size() == 1 ? " value" : " values") + ": " + tally + ".");
        paragraph(marking());
        paragraph("A value that is not ours is recomputed from your own earlier values, in " + arithmetic()
                + ": when it is right from those, it is follow-through, and the mistake is counted only where it was made.");
    }

    /** How the marks are given, with every default stated. */
    private String marking() {
        StringBuilder s = new StringBuilder("How it is marked: ");
        s.append("each value is worth ").append(pointsPhrase(scheme.points()));
        if (!scheme.pointsByKind().isEmpty() || !scheme.pointsById().isEmpty()) {
            s.append(" (").append(overrides(scheme.pointsByKind(), scheme.pointsById(), CheckView::pointsPhrase)).append(")");
        }
        s.append("; it is correct when it ").append(toleranceText(scheme.tolerance()));
        if (!scheme.toleranceByKind().isEmpty() || !scheme.toleranceById().isEmpty()) {
            s.append(" (").append(overrides(scheme.toleranceByKind(), scheme.toleranceById(), this::toleranceText)).append(")");
        }
        s.append(". A rounding slip earns ").append(share(scheme.roundingCredit())).append(" of its points, a follow-through value ")
                .append(share(scheme.followThroughCredit())).append("; wrong, missing and unreadable values earn none.");
        return s.toString();
    }

    private <T> String overrides(Map<QuantityKind, T> byKind, Map<QuantityId, T> byId,
            Function<T, String> phrase) {
        List<String> parts = new ArrayList<>();
        byKind.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey().id() + ": " + phrase.apply(e.getValue())));
        byId.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Object::toString)))
                .forEach(e -> parts.add(e.getKey().toString(d) + ": " + phrase.apply(e.getValue())));
        return String.join("; ", parts);
    }

    private String toleranceText(Tolerance tolerance) {
        if (tolerance instanceof Tolerance.ShownPlaces) {
            return "rounds to the expected value at the places shown, " + placesPhrase(problem.decimals());
        }
        return tolerance.describe().startsWith("within") ? "is " + tolerance.describe() : tolerance.describe();
    }


    private String arithmetic() {
        return trace.provenance().arithmetic() == ArithmeticMode.HAND
                ? "hand arithmetic (each result rounded to its places)" : "exact arithmetic";
    }

    private void table(List<Mark> marks, int step, Stage stage) {
        List<Column> columns = List.of(new Column(Inline.of("Quantity"), false), new Column(Inline.of("Yours"), true),
                new Column(Inline.of("Expected"), true), new Column(Inline.of("Verdict"), false),
                new Column(Inline.of("Points"), true));
        List<Row> rows = new ArrayList<>();
        for (Mark mark : marks) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(quantity(mark));
            cells.add(mark.written() instanceof Written.Blank ? Inline.of("—") : Inline.of(mark.written().text()));
            cells.add(expected(mark.expected(), mark.shown()));
            cells.add(mark.verdict() == Verdict.CORRECT ? Inline.of(mark.verdict().word())
                    : Inline.of(new Inline.Strong(mark.verdict().word())));
            cells.add(Inline.of(points(mark.points()) + " of " + points(mark.maxPoints())));
            rows.add(new Row(cells, false));
        }
        blocks.add(new Block.Table(Inline.of(stage.title + (problem.iterations() == 1 ? "" : ", step " + step)
                + ": your values beside ours."), columns, rows));
    }

    private List<Inline> quantity(Mark mark) {
        return Inline.of(new Inline.Math(NotePhrases.symbol(mark.id(), d)), " (" + mark.id().toString(d) + ")");
    }

    private static List<Inline> expected(Quantity q, BigDecimal shown) {
        return q.infinite() ? Inline.of(new Inline.Calc(sym(Symbol.INFINITY))) : Inline.of(new Inline.Calc(num(shown)));
    }

    /** One sentence on a value that is not simply correct: what it is, why, and what was expected. */
    private List<Inline> explanation(Mark mark) {
        List<Inline> text = new ArrayList<>(quantity(mark));
        text.add(new Inline.Text(": "));
        List<Inline> expected = expected(mark.expected(), mark.shown());
        switch (mark.verdict()) {
            case MISSING -> text.addAll(Inline.of("not answered; expected ", expected, "."));
            case UNREADABLE -> text.addAll(Inline.of("“" + mark.written().text() + "” is " + (mark.written()
                    instanceof Written.Unreadable u && !u.reason().isEmpty() ? u.reason() : "not a number")
                    + "; expected ", expected, "."));
            case ROUNDING -> {
                text.addAll(Inline.of("you wrote " + mark.written().text() + ", and "));
                if (mark.expected().finite() && mark.expected().unrounded() != null) {
                    text.addAll(Inline.of("the value " + NotePhrases.digits(mark.expected().unrounded().toBigDecimal(), mark.shown().scale())
                            + " rounds to ", expected));
                } else {
                    text.addAll(Inline.of("we have ", expected));
                }
                text.addAll(Inline.of(": " + mark.diagnosis().phrase() + "."));
            }
            case FOLLOW_THROUGH -> {
                text.addAll(Inline.of(mark.written().text() + " is not ours (", expected, "), but it is right from your own "));
                text.addAll(inputs(mark.differing()));
                text.add(new Inline.Text("."));
            }
            case WRONG -> text.addAll(wrong(mark, expected));
            default -> { }
        }
        text.addAll(findings.remarks(mark));
        return text;
    }

    private List<Inline> wrong(Mark mark, List<Inline> expected) {
        List<Inline> text = new ArrayList<>(Inline.of("you wrote " + mark.written().text() + "; expected ", expected));
        Quantity own = mark.recomputed();
        if (own != null && !mark.differing().isEmpty() && !sameShown(own, mark)) {
            text.addAll(Inline.of(", or from your own "));
            text.addAll(inputs(mark.differing()));
            text.addAll(Inline.of(", ", expected(own, own.finite() ? own.value().shown(places(mark)) : null)));
        }
        text.add(new Inline.Text("."));
        if (mark.diagnosis() != null) {
            text.add(new Inline.Text(" Your value comes from " + mark.diagnosis().phrase() + "."));
        }
        return text;
    }

    /** Whether a recomputed value reads the same as the expected one, at the shown places. */
    private boolean sameShown(Quantity own, Mark mark) {
        if (own.infinite() || mark.expected().infinite()) {
            return own.infinite() == mark.expected().infinite();
        }
        return own.value().shown(places(mark)).compareTo(mark.shown()) == 0;
    }

    private int places(Mark mark) {
        return problem.decimals().of(mark.id().kind());
    }

    /** "ŷ₄ = 0.899 and L₄ = 0.106", the inputs that differ from ours as the student has them. */
    private List<Inline> inputs(List<Mark.Input> inputs) {
        List<Inline> text = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            Mark.Input in = inputs.get(k);
            if (k > 0) {
                text.add(new Inline.Text(k == inputs.size() - 1 ? " and " : ", "));
            }
            Quantity q = in.value();
            text.add(new Inline.Calc(eq(NotePhrases.symbol(in.id(), d), q.infinite()
                    ? sym(Symbol.INFINITY) : num(q.value().shown(problem.decimals().of(in.id().kind()))))));
            if (!in.written()) {
                text.add(new Inline.Text(" (derived from yours)"));
            }
        }
        return text;
    }

    private static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String pointsPhrase(BigDecimal value) {
        return points(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
    }

    private static String share(BigDecimal value) {
        if (value.compareTo(BigDecimal.ONE) == 0) {
            return "all";
        }
        if (value.signum() == 0) {
            return "none";
        }
        return value.compareTo(new BigDecimal("0.5")) == 0 ? "half" : points(value);
    }
}
