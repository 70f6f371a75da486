package org.showwork.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.showwork.check.CheckResult;
import org.showwork.check.ClassSummary;
import org.showwork.check.Flag;
import org.showwork.check.Mark;
import org.showwork.check.MarkingScheme;
import org.showwork.check.Verdict;
import org.showwork.check.Written;
import org.showwork.derive.Provenance;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;

/**
 * A checked submission, or a class's summary, as JSON (a public contract, see the README). The
 * heart of a report is {@code {"score", "max_score", "verdicts": [{"id", "given", "expected",
 * "verdict", "diagnosis", "points"}]}}: {@code given} is the text as the student wrote it (null when
 * missing), {@code expected} the value as shown (the string "Infinity" for an infinite loss), and
 * {@code diagnosis} the code of the mistake, or null.
 */
public final class CheckJsonRenderer {

    public void render(CheckResult result, Trace trace, MarkingScheme scheme, Writer out) throws IOException {
        int d = trace.problem().featureCount();
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            header(json, trace, scheme);
            json.writeStringField("student", result.submission().student());
            json.writeStringField("submission", result.submission().source());
            decimal(json, "score", result.score());
            decimal(json, "max_score", result.maxScore());
            json.writeArrayFieldStart("verdicts");
            for (Mark mark : result.marks()) {
                verdict(json, mark, d, trace.problem().decimals().of(mark.id().kind()));
            }
            json.writeEndArray();
            strings(json, "notes", result.notes());
            flags(json, result.flags(), d);
            patterns(json, result, d);
            json.writeEndObject();
        }
        out.write('\n');
    }

    public void render(ClassSummary summary, Trace trace, MarkingScheme scheme, Writer out) throws IOException {
        render(summary, trace, scheme, trace.problem().source(), out);
    }

    /** A class's summary; {@code problem} is what it was checked against (a problem file, or a class's folder of variants). */
    public void render(ClassSummary summary, Trace trace, MarkingScheme scheme, String problem, Writer out)
            throws IOException {
        int d = trace.problem().featureCount();
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            header(json, trace, scheme, problem);
            objects(json, "students", summary.students(), s -> student(json, s, d));
            objects(json, "steps", summary.hardestSteps(), step -> hardStep(json, step, d));
            objects(json, "mistakes", summary.mistakes(), m -> mistake(json, m, d));
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void student(JsonGenerator json, ClassSummary.Student s, int d) throws IOException {
        json.writeStringField("student", s.name());
        json.writeStringField("submission", s.source());
        decimal(json, "score", s.score());
        decimal(json, "max_score", s.maxScore());
        counts(json, s.verdicts()::get);
        strings(json, "notes", s.notes());
        flags(json, s.flags(), d);
    }

    /** A step the class found hard, with its count of every verdict. */
    private static void hardStep(JsonGenerator json, ClassSummary.Step step, int d) throws IOException {
        json.writeStringField("id", step.id().toString(d));
        counts(json, step.verdicts()::get);
    }

    /** A mistake the class made: how often, by how many students, and where. */
    private static void mistake(JsonGenerator json, ClassSummary.MistakeCount m, int d) throws IOException {
        json.writeStringField("diagnosis", m.mistake().code());
        json.writeStringField("description", m.mistake().description());
        json.writeNumberField("times", m.times());
        json.writeNumberField("students", m.students());
        strings(json, "where", m.where().stream().map(id -> id.toString(d)).toList());
    }

    /** What one JSON object of a list holds (its braces are written around it). */
    private interface Fields<T> {
        void write(T item) throws IOException;
    }

    /** {@code field: [{…}, …]}, an object per item. */
    private static <T> void objects(JsonGenerator json, String field, List<T> items, Fields<T> fields)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (T item : items) {
            json.writeStartObject();
            fields.write(item);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void header(JsonGenerator json, Trace trace, MarkingScheme scheme) throws IOException {
        header(json, trace, scheme, trace.problem().source());
    }

    private static void header(JsonGenerator json, Trace trace, MarkingScheme scheme, String problem) throws IOException {
        json.writeObjectFieldStart("showwork");
        json.writeStringField("version", Provenance.currentVersion());
        json.writeStringField("command", "check");
        json.writeStringField("problem", problem);
        json.writeStringField("arithmetic", trace.provenance().arithmetic().id());
        json.writeObjectFieldStart("marking");
        json.writeStringField("tolerance", scheme.tolerance().spelling());
        decimal(json, "points", scheme.points());
        json.writeObjectFieldStart("credit");
        decimal(json, "rounding", scheme.roundingCredit());
        decimal(json, "follow-through", scheme.followThroughCredit());
        json.writeEndObject();
        json.writeStringField("other_variant", scheme.rules().otherVariant().word());
        json.writeStringField("misconception", scheme.rules().misconception().word());
        json.writeBooleanField("fractions", scheme.rules().fractions());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void verdict(JsonGenerator json, Mark mark, int d, int places) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", mark.id().toString(d));
        writtenText(json, mark.written());
        json.writeFieldName("expected");
        quantity(json, mark.expected(), mark.shown());
        json.writeStringField("verdict", mark.verdict().word());
        if (mark.diagnosis() == null) {
            json.writeNullField("diagnosis");
        } else {
            json.writeStringField("diagnosis", mark.diagnosis().mistake().code());
        }
        decimal(json, "points", mark.points());
        decimal(json, "max_points", mark.maxPoints());
        writtenValue(json, mark.written());
        if (mark.recomputed() != null && mark.verdict() != Verdict.CORRECT) {
            json.writeFieldName("recomputed");
            Quantity own = mark.recomputed();
            quantity(json, own, own.finite() ? own.value().shown(places) : null);
        }
        if (mark.diagnosis() != null) {
            json.writeStringField("explanation", mark.diagnosis().phrase());
        }
        if (mark.line() > 0) {
            json.writeNumberField("line", mark.line());
        }
        CheckJsonFindings.verdict(json, mark, d);
        json.writeEndObject();
    }

    /** The student's text as written, null for a blank. */
    private static void writtenText(JsonGenerator json, Written written) throws IOException {
        if (written instanceof Written.Blank) {
            json.writeNullField("given");
        } else {
            json.writeStringField("given", written.text());
        }
    }

    /** The number the student's text was read as, when it was one (absent for a blank or unreadable text). */
    private static void writtenValue(JsonGenerator json, Written written) throws IOException {
        if (written instanceof Written.Value v) {
            json.writeFieldName("given_value");
            json.writeNumber(v.plain());
        } else if (written instanceof Written.Infinite inf) {
            json.writeStringField("given_value", inf.negative() ? "-Infinity" : "Infinity");
        }
    }

    private static void flags(JsonGenerator json, List<Flag> flags, int d) throws IOException {
        CheckJsonFindings.flags(json, flags, d);
    }

    private static void patterns(JsonGenerator json, CheckResult result, int d) throws IOException {
        CheckJsonFindings.patterns(json, result.patterns(), d);
    }

    private static void quantity(JsonGenerator json, Quantity q, BigDecimal shown) throws IOException {
        if (q.infinite()) {
            json.writeString("Infinity");
        } else {
            json.writeNumber(shown);
        }
    }

    private interface Count {
        Integer of(Verdict verdict);
    }

    private static void counts(JsonGenerator json, Count count) throws IOException {
        json.writeObjectFieldStart("verdicts");
        for (Verdict v : Verdict.values()) {
            Integer n = count.of(v);
            json.writeNumberField(v.word(), n == null ? 0 : n);
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String s : values) {
            json.writeString(s);
        }
        json.writeEndArray();
    }

    /** A mark or a score as a plain number, without trailing zeros (2.50 points is written 2.5). */
    private static void decimal(JsonGenerator json, String field, BigDecimal value) throws IOException {
        json.writeFieldName(field);
        json.writeNumber(plain(value));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
