package org.showwork.exercise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemException;
import org.showwork.problem.TemplateConstraints;
import org.showwork.quantity.QuantityId;

/**
 * A condition of the template's own: values compared in a chain, e.g. {@code grad_w > 0},
 * {@code 0.2 <= p[3] <= 0.8}, {@code abs(z[1]) >= 1} or {@code w_new != w}. A value is a number,
 * a quantity id of the derivation (as shown on the worksheet), an input — {@code w} or
 * {@code w[j]}, {@code b}, {@code x[i]} or {@code x[i,j]}, {@code y[i]}, {@code learning_rate},
 * {@code n} — or {@code abs(…)} or {@code -…} of one. A quantity the run does not derive (or that
 * is infinite) makes the condition false.
 */
public final class Condition implements Constraint {

    /** One side of a comparison. */
    sealed interface Term permits Literal, Name, Abs, Negated {}

    record Literal(BigDecimal value) implements Term {}

    record Name(String text) implements Term {}

    record Abs(Term inner) implements Term {}

    record Negated(Term inner) implements Term {}

    /** The comparisons, by every spelling accepted. */
    enum Comparison {
        LE("<="), GE(">="), NE("!="), EQ("=="), LT("<"), GT(">"), EQ1("="), LE1("≤"), GE1("≥"), NE1("≠");

        final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case LE, LE1 -> comparison <= 0;
                case GE, GE1 -> comparison >= 0;
                case NE, NE1 -> comparison != 0;
                case EQ, EQ1 -> comparison == 0;
                case LT -> comparison < 0;
                case GT -> comparison > 0;
            };
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d*)?|\\.\\d+");
    private static final Pattern NAME = Pattern.compile("(?:t\\d+:)?[a-z_][a-z0-9_]*(?:\\[\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?])?");
    private static final Pattern INPUT = Pattern.compile("([a-z_]+)(?:\\[\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?])?");

    private final TemplateConstraints.Requirement requirement;
    private final List<Term> terms;
    private final List<Comparison> comparisons;

    private Condition(TemplateConstraints.Requirement requirement, List<Term> terms, List<Comparison> comparisons) {
        this.requirement = requirement;
        this.terms = List.copyOf(terms);
        this.comparisons = List.copyOf(comparisons);
    }

    public String text() {
        return requirement.text();
    }

    @Override public String describe() {
        return "the template's condition '" + requirement.text() + "' (line " + requirement.line() + ")";
    }

    @Override public String relax() {
        return "loosen it, or change the ranges it depends on";
    }

    @Override public boolean needsTrace() {
        return true;
    }

    @Override public boolean holds(Problem problem, Trace trace) throws ProblemException {
        List<BigDecimal> values = new ArrayList<>(terms.size());
        for (Term term : terms) {
            Optional<BigDecimal> value = value(term, problem, trace);
            if (value.isEmpty()) {
                return false;
            }
            values.add(value.get());
        }
        for (int k = 0; k < comparisons.size(); k++) {
            if (!comparisons.get(k).holds(values.get(k).compareTo(values.get(k + 1)))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- reading

    /** Reads a condition as written in a template; a mistake is reported at the condition's line. */
    static Condition parse(TemplateConstraints.Requirement requirement) throws ProblemException {
        return new Reader(requirement).condition();
    }

    private static final class Reader {
        private final TemplateConstraints.Requirement requirement;
        private final String text;
        private int at;

        Reader(TemplateConstraints.Requirement requirement) {
            this.requirement = requirement;
            this.text = requirement.text();
        }

        Condition condition() throws ProblemException {
            List<Term> terms = new ArrayList<>();
            List<Comparison> comparisons = new ArrayList<>();
            terms.add(term());
            while (true) {
                skipSpaces();
                if (at >= text.length()) {
                    break;
                }
                comparisons.add(comparison());
                terms.add(term());
            }
            if (comparisons.isEmpty()) {
                throw error("a condition compares values, e.g. grad_w > 0 or 0.2 <= p[3] <= 0.8");
            }
            return new Condition(requirement, terms, comparisons);
        }

        private Term term() throws ProblemException {
            skipSpaces();
            if (at >= text.length()) {
                throw error("a value is missing at the end");
            }
            char c = text.charAt(at);
            if (c == '-' || c == '\u2212') {
                at++;
                return new Negated(term());
            }
            if (c == '(') {
                at++;
                Term inner = term();
                close();
                return inner;
            }
            Matcher number = NUMBER.matcher(text).region(at, text.length());
            if (number.lookingAt()) {
                at = number.end();
                return new Literal(new BigDecimal(number.group()));
            }
            Matcher name = NAME.matcher(text).region(at, text.length());
            if (name.lookingAt()) {
                at = name.end();
                return named(name.group());
            }
            throw error("expected a number or a name (such as p[1], grad_w, w, b, x[2]) at character " + (at + 1)
                    + ", found '" + text.substring(at, Math.min(text.length(), at + 8)) + "'");
        }

        /** A name just read: abs(…) when it is "abs" with a parenthesis after it, a value's name otherwise. */
        private Term named(String word) throws ProblemException {
            if (word.equals("abs")) {
                skipSpaces();
                if (at < text.length() && text.charAt(at) == '(') {
                    at++;
                    Term inner = term();
                    close();
                    return new Abs(inner);
                }
            }
            return new Name(word.replaceAll("\\s+", ""));
        }

        private void close() throws ProblemException {
            skipSpaces();
            if (at >= text.length() || text.charAt(at) != ')') {
                throw error("a '(' is not closed");
            }
            at++;
        }

        private Comparison comparison() throws ProblemException {
            for (Comparison c : Comparison.values()) {
                if (text.startsWith(c.symbol, at)) {
                    at += c.symbol.length();
                    return c;
                }
            }
            throw error("expected a comparison (<, <=, >, >=, =, !=) at character " + (at + 1) + ", found '"
                    + text.substring(at, Math.min(text.length(), at + 8)) + "'");
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private ProblemException error(String what) {
            return ProblemException.at(requirement.file(), requirement.line(), requirement.column(),
                    "constraints.require '" + text + "'", what);
        }
    }

    // ---------------------------------------------------------------- values

    private Optional<BigDecimal> value(Term term, Problem problem, Trace trace) throws ProblemException {
        if (term instanceof Literal literal) {
            return Optional.of(literal.value());
        }
        if (term instanceof Abs abs) {
            return value(abs.inner(), problem, trace).map(BigDecimal::abs);
        }
        if (term instanceof Negated negated) {
            return value(negated.inner(), problem, trace).map(BigDecimal::negate);
        }
        return name(((Name) term).text(), problem, trace);
    }

    private Optional<BigDecimal> name(String name, Problem problem, Trace trace) throws ProblemException {
        Optional<BigDecimal> input = input(name, problem);
        return input.isPresent() ? input : quantity(name, problem, trace);
    }

    /** An input of the problem (w[j], b, learning_rate, n, x[i,j], y[i]) when the name is one, else empty. */
    private Optional<BigDecimal> input(String name, Problem problem) throws ProblemException {
        Matcher m = INPUT.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        int d = problem.featureCount();
        switch (m.group(1)) {
            case "w" -> {
                int j = feature(name, orOnlyFeature(first, d), second, d);
                return Optional.of(problem.weights().get(j - 1));
            }
            case "b" -> {
                noIndex(name, first);
                return Optional.of(problem.bias());
            }
            case "learning_rate", "alpha" -> {
                noIndex(name, first);
                return Optional.of(problem.learningRate());
            }
            case "n" -> {
                noIndex(name, first);
                return Optional.of(BigDecimal.valueOf(problem.sampleCount()));
            }
            case "x", "y" -> {
                return Optional.of(sampleValue(name, m.group(1), first, second, problem));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** x[i] or x[i,j], a sample's feature, or y[i], its label. */
    private BigDecimal sampleValue(String name, String letter, Integer first, Integer second, Problem problem)
            throws ProblemException {
        int d = problem.featureCount();
        int i = sample(name, first, problem.sampleCount());
        if (letter.equals("x")) {
            int j = feature(name, orOnlyFeature(second, d), null, d);
            return problem.samples().get(i - 1).x().get(j - 1);
        }
        if (second != null) {
            throw unknown(name, "y[i] takes one index, the sample");
        }
        return BigDecimal.valueOf(problem.samples().get(i - 1).y());
    }

    /** The feature index as written; left out, the only feature when there is one (0, an error, otherwise). */
    private static int orOnlyFeature(Integer written, int d) {
        return written == null ? (d == 1 ? 1 : 0) : written;
    }

    /** A quantity of the run by its id, as the worksheet shows it; empty when not derived or infinite. */
    private Optional<BigDecimal> quantity(String name, Problem problem, Trace trace) throws ProblemException {
        int d = problem.featureCount();
        int n = problem.sampleCount();
        QuantityId id = QuantityId.parse(name, d).orElseThrow(() -> unknown(name, "the names are quantity ids "
                + "(p[1], grad_w, t2:cost, …), w, b, x[i], y[i], learning_rate and n"));
        if (id.iteration() > problem.iterations()) {
            throw unknown(name, "the run has " + problem.iterations() + " step(s)");
        }
        if (id.kind().perSample() && (id.sample() < 1 || id.sample() > n)) {
            throw unknown(name, "the samples are 1 to " + n);
        }
        if (id.kind().perFeature() && (id.feature() < 1 || id.feature() > d)) {
            throw unknown(name, d == 0 ? "there are no features" : "the features are 1 to " + d);
        }
        Optional<Quantity> q = trace.find(id);
        if (q.isEmpty() || q.get().infinite()) {
            return Optional.empty();
        }
        return Optional.of(Constraint.shown(problem, id, q.get()));
    }

    private int feature(String name, int j, Integer extra, int d) throws ProblemException {
        if (extra != null) {
            throw unknown(name, "a weight takes one index, the feature");
        }
        if (j < 1 || j > d) {
            throw unknown(name, d == 0 ? "there are no features" : d == 1 ? "there is one feature"
                    : "give the feature, 1 to " + d + ", e.g. w[1] or x[2,1]");
        }
        return j;
    }

    private int sample(String name, Integer i, int n) throws ProblemException {
        if (i == null || i < 1 || i > n) {
            throw unknown(name, "give the sample, 1 to " + n + ", e.g. x[1]");
        }
        return i;
    }

    private void noIndex(String name, Integer index) throws ProblemException {
        if (index != null) {
            throw unknown(name, "it takes no index");
        }
    }

    private ProblemException unknown(String name, String hint) {
        return ProblemException.at(requirement.file(), requirement.line(), requirement.column(),
                "constraints.require '" + requirement.text() + "'", "'" + name + "' names no value of this problem; "
                        + hint);
    }
}
