package org.showwork.render.json;

import java.math.MathContext;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.showwork.derive.Iteration;
import org.showwork.derive.Note;
import org.showwork.derive.ProgressRow;
import org.showwork.quantity.Quantity;
import org.showwork.derive.SampleStep;
import org.showwork.derive.Trace;
import org.showwork.derive.graph.StepShape;
import org.showwork.numeric.Num;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The trace as JSON, the public contract other tools and the checker read. Numbers are the values
 * carried forward (hand values keep their decimal places, e.g. 0.100); a quantity that cannot be
 * derived, or is infinite, is absent. Besides the nested {@code iterations}, every quantity appears
 * once more under its id in {@code quantities}, so ids never have to be reconstructed.
 */
public final class JsonRenderer {

    public void render(Trace trace, Appendable out) throws IOException {
        JsonOutput.json(out, json -> write(trace, json));
    }

    private void write(Trace trace, JsonGenerator json) throws IOException {
        Problem problem = trace.problem();
        int d = problem.featureCount();
        json.writeStartObject();
        writeProvenance(trace, json);
        writeProblem(trace, json);
        writeSchedule(problem, json);
        json.writeArrayFieldStart("iterations");
        for (Iteration it : trace.iterations()) {
            writeIteration(it, json, d);
        }
        json.writeEndArray();
        json.writeNumberField("updates", trace.updates());
        json.writeStringField("stop", trace.stop().name().toLowerCase(Locale.ROOT));
        writeProgress(trace, json);
        writeQuantities(trace, json, d);
        json.writeArrayFieldStart("notes");
        for (Note note : trace.notes()) {
            writeNote(note, json, d);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** How the trace was made: the version, the source, the arithmetic and its places. */
    private static void writeProvenance(Trace trace, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("showwork");
        json.writeStringField("version", trace.provenance().version());
        json.writeStringField("source", trace.provenance().source());
        json.writeStringField("arithmetic", trace.provenance().arithmetic().id());
        json.writeNumberField("decimals", trace.provenance().decimals().base());
        json.writeObjectFieldStart("decimals_for");
        for (Map.Entry<QuantityKind, Integer> e : trace.provenance().decimals().overrides().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            json.writeNumberField(e.getKey().id(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeProblem(Trace trace, JsonGenerator json) throws IOException {
        Problem problem = trace.problem();
        json.writeStringField("title", problem.title());
        json.writeStringField("arithmetic", trace.provenance().arithmetic().id());
        json.writeArrayFieldStart("features");
        for (String name : problem.featureNames()) {
            json.writeString(name);
        }
        json.writeEndArray();
        if (problem.softmax()) {
            json.writeStringField("model", "softmax");
            json.writeArrayFieldStart("classes");
            for (String name : problem.classes().names()) {
                json.writeString(name);
            }
            json.writeEndArray();
        }
        json.writeNumberField("n", problem.sampleCount());
        json.writeFieldName("learning_rate");
        json.writeNumber(problem.learningRate());
    }

    private static void writeSchedule(Problem problem, JsonGenerator json) throws IOException {
        Schedule schedule = problem.schedule();
        json.writeObjectFieldStart("schedule");
        json.writeStringField("batch", schedule.fullBatchOnly() ? "full"
                : schedule.batchSize(problem.sampleCount()) == 1 ? "sgd" : String.valueOf(schedule.batchSize()));
        if (schedule.shuffleSeed().isPresent()) {
            json.writeNumberField("shuffle_seed", schedule.shuffleSeed().getAsLong());
        }
        json.writeFieldName("l2");
        json.writeNumber(schedule.l2());
        if (schedule.until().isPresent()) {
            json.writeObjectFieldStart("until");
            json.writeFieldName("gradient_norm");
            json.writeNumber(schedule.until().get().gradientNorm());
            json.writeNumberField("max_iterations", schedule.until().get().maxIterations());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** One brief row per update (thinned in very long runs). */
    private static void writeProgress(Trace trace, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("progress");
        for (ProgressRow row : trace.progress()) {
            json.writeStartObject();
            json.writeNumberField("iteration", row.number());
            json.writeNumberField("epoch", row.epoch());
            parameters(json, row.weights(), row.biases(), trace.problem().softmax());
            field(json, "cost", row.cost());
            if (Double.isFinite(row.gradientNorm())) {
                json.writeNumberField("gradient_norm", row.gradientNorm());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Every value under its id, so that no one has to rebuild ids. */
    private static void writeQuantities(Trace trace, JsonGenerator json, int d) throws IOException {
        json.writeObjectFieldStart("quantities");
        List<IOException> failure = new ArrayList<>(1);
        trace.forEachQuantity((id, q) -> {
            if (q.finite() && failure.isEmpty()) {
                try {
                    json.writeFieldName(id.toString(d));
                    number(json, q.value());
                } catch (IOException e) {
                    failure.add(e);
                }
            }
        });
        if (!failure.isEmpty()) {
            throw failure.get(0);
        }
        json.writeEndObject();
    }

    private void writeIteration(Iteration it, JsonGenerator json, int d) throws IOException {
        json.writeStartObject();
        json.writeNumberField("iteration", it.number());
        json.writeNumberField("epoch", it.epoch());
        json.writeArrayFieldStart("batch");
        for (int i : it.batch()) {
            json.writeNumber(i);
        }
        json.writeEndArray();
        parameters(json, it.weights(), it.biases(), it.shape().classes() > 0);
        json.writeArrayFieldStart("samples");
        for (SampleStep s : it.samples()) {
            writeSample(it, s, json);
        }
        json.writeEndArray();
        for (QuantityKind kind : StepShape.stepKinds()) {
            quantity(json, it, kind, 0);
        }
        if (it.stationary().isPresent()) {
            json.writeBooleanField("stationary", it.stationary().get());
        }
        List<String> given = new ArrayList<>();
        List<String> infinite = new ArrayList<>();
        it.forEach((id, q) -> {
            if (q.given()) {
                given.add(id.toString(d));
            }
            if (q.infinite()) {
                infinite.add(id.toString(d));
            }
        });
        strings(json, "given", given);
        strings(json, "infinite", infinite);
        json.writeEndObject();
    }

    private void writeNote(Note note, JsonGenerator json, int d) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", note.id().toString(d));
        if (note instanceof Note.RoundingCarry c) {
            json.writeStringField("kind", "rounding-carry");
            decimal(json, "unrounded", c.unrounded());
            decimal(json, "shown", c.shown());
            decimal(json, "truncated", c.truncated());
        } else if (note instanceof Note.RoundedToZero z) {
            json.writeStringField("kind", "rounded-to-zero");
            decimal(json, "unrounded", z.unrounded());
            decimal(json, "shown", z.shown());
        } else if (note instanceof Note.CertainProbability c) {
            json.writeStringField("kind", c.infiniteLoss() ? "infinite-loss" : "certain-probability");
            json.writeNumberField("y", c.label());
            decimal(json, "p", c.shown());
        } else if (note instanceof Note.GivenDiffers g) {
            json.writeStringField("kind", "given-differs");
            decimal(json, "given", g.given());
            decimal(json, "derived", g.derived());
            decimal(json, "derived_shown", g.derivedShown());
        } else if (note instanceof Note.ProbabilitiesSum sum) {
            json.writeStringField("kind", "probabilities-sum");
            decimal(json, "total", sum.total());
        } else if (note instanceof Note.Drift drift) {
            json.writeStringField("kind", "drift");
            decimal(json, "hand", drift.hand());
            decimal(json, "exact", drift.exact());
        }
        json.writeEndObject();
    }

    private static void decimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
        json.writeFieldName(name);
        // unrounded hand values carry up to 60 digits; 12 significant places say all a reader needs
        json.writeNumber(value.precision() > 15 ? value.round(new MathContext(15)).stripTrailingZeros() : value);
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    /**
     * The weights and bias an update starts from: a list by feature and a number, or for a softmax
     * model a matrix (a row per class, in class order) and a list by class.
     */
    private static void parameters(JsonGenerator json, List<Num> weights, List<Num> biases, boolean softmax)
            throws IOException {
        json.writeArrayFieldStart("weights");
        int d = weights.size() / biases.size();
        for (int k = 0; k < biases.size(); k++) {
            if (softmax) {
                json.writeStartArray();
            }
            for (Num w : weights.subList(k * d, k * d + d)) {
                number(json, w);
            }
            if (softmax) {
                json.writeEndArray();
            }
        }
        json.writeEndArray();
        json.writeFieldName("bias");
        if (!softmax) {
            number(json, biases.get(0));
            return;
        }
        json.writeStartArray();
        for (Num b : biases) {
            number(json, b);
        }
        json.writeEndArray();
    }

    /** One sample's row: its number, features and label, then its quantities by the graph's per-sample kinds. */
    private static void writeSample(Iteration it, SampleStep s, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("i", s.i());
        if (!s.x().isEmpty()) {
            json.writeArrayFieldStart("x");
            for (Num v : s.x()) {
                number(json, v);
            }
            json.writeEndArray();
        }
        json.writeNumberField("y", s.y());
        for (QuantityKind kind : StepShape.sampleKinds()) {
            quantity(json, it, kind, s.i());
        }
        json.writeEndObject();
    }

    /**
     * A quantity of the update under its kind's name: a number, or an array by feature for a
     * per-feature kind; in a softmax model a kind with a class index is an array by class of those.
     */
    private static void quantity(JsonGenerator json, Iteration it, QuantityKind kind, int sample) throws IOException {
        int classes = it.shape().classes();
        if (classes == 0 || !kind.perClass()) {
            quantity(json, it, kind, sample, 0);
            return;
        }
        List<Quantity> all = new ArrayList<>();
        for (int k = 1; k <= classes; k++) {
            for (int j = kind.perFeature() ? 1 : 0; j <= (kind.perFeature() ? it.shape().features() : 0); j++) {
                all.add(it.get(new QuantityId(it.number(), kind, sample, j, k)));
            }
        }
        if (all.isEmpty() || all.stream().anyMatch(q -> q == null || q.infinite())) {
            return;
        }
        json.writeArrayFieldStart(kind.id());
        for (int k = 1; k <= classes; k++) {
            if (kind.perFeature()) {
                json.writeStartArray();
                for (int j = 1; j <= it.shape().features(); j++) {
                    number(json, it.get(new QuantityId(it.number(), kind, sample, j, k)).value());
                }
                json.writeEndArray();
            } else {
                number(json, it.get(new QuantityId(it.number(), kind, sample, 0, k)).value());
            }
        }
        json.writeEndArray();
    }

    private static void quantity(JsonGenerator json, Iteration it, QuantityKind kind, int sample, int k) throws IOException {
        if (!kind.perFeature()) {
            field(json, kind.id(), it.get(new QuantityId(it.number(), kind, sample, 0)));
            return;
        }
        List<Quantity> values = new ArrayList<>();
        for (int j = 1; j <= it.shape().features(); j++) {
            values.add(it.get(new QuantityId(it.number(), kind, sample, j)));
        }
        list(json, kind.id(), values);
    }

    private static void field(JsonGenerator json, String name, Quantity q) throws IOException {
        if (q != null && q.finite()) {
            json.writeFieldName(name);
            number(json, q.value());
        }
    }

    private static void list(JsonGenerator json, String name, List<Quantity> values) throws IOException {
        if (values.isEmpty() || values.stream().anyMatch(q -> q == null || q.infinite())) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (Quantity q : values) {
            number(json, q.value());
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, Num value) throws IOException {
        if (value instanceof Num.Binary) {
            json.writeNumber(value.toDouble());
        } else {
            json.writeNumber(value.toBigDecimal());
        }
    }
}
