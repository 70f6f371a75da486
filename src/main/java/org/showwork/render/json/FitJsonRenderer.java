package org.showwork.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.showwork.derive.Provenance;
import org.showwork.fit.Fit;
import org.showwork.fit.NewtonIteration;
import org.showwork.fit.NewtonSolver;
import org.showwork.fit.Parameters;
import org.showwork.fit.Penalty;
import org.showwork.fit.QuotedComparison;
import org.showwork.fit.Separation;
import org.showwork.fit.Standardization;
import org.showwork.problem.TrainingData;

/**
 * A fit as JSON, a public contract (see the README): the fitted {@code weights} and {@code bias} in
 * the features' own units, the {@code objective} and {@code gradient_norm} there, the number of
 * Newton {@code iterations}, whether it {@code converged}, whether the data are {@code separable},
 * and around them the settings, the per-iteration history, the standardized coefficients, the
 * training accuracy and probabilities, and the comparison with quoted parameters. Every number is
 * finite; a value that does not exist (a boundary without a weight, a witness not sought) is absent.
 */
public final class FitJsonRenderer {

    public void render(Fit fit, Appendable out) throws IOException {
        JsonOutput.json(out, json -> write(fit, json));
    }

    private void write(Fit fit, JsonGenerator json) throws IOException {
        json.writeStartObject();
        writeProvenance(fit, json);
        writeData(fit, json);
        writeResult(fit, json);
        writeSeparation(fit.separation(), json);
        if (fit.standardization().isPresent()) {
            writeStandardized(fit, fit.standardization().get(), json);
        }
        if (fit.data().featureCount() == 1 && fit.fitted().weights().get(0) != 0) {
            number(json, "decision_boundary", -fit.fitted().bias() / fit.fitted().weights().get(0));
        }
        json.writeNumberField("correct", fit.correct());
        number(json, "training_accuracy", fit.accuracy());
        json.writeArrayFieldStart("history");
        for (NewtonIteration it : fit.run().iterations()) {
            writeIteration(it, json);
        }
        json.writeEndArray();
        numbers(json, "probabilities", fit.probabilities());
        if (fit.quoted().isPresent()) {
            writeQuoted(fit.quoted().get(), json);
        }
        json.writeEndObject();
    }

    /** How the fit was made: the version, the source, the solver and its limits. */
    private static void writeProvenance(Fit fit, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("showwork");
        json.writeStringField("version", Provenance.currentVersion());
        json.writeStringField("source", fit.data().source());
        json.writeStringField("command", "fit");
        json.writeStringField("solver", "newton");
        number(json, "tolerance", NewtonSolver.TOLERANCE);
        json.writeNumberField("max_iterations", fit.settings().maxIterations());
        json.writeEndObject();
    }

    /** What was fitted: the data's names and size, and the penalty and scaling asked for. */
    private static void writeData(Fit fit, JsonGenerator json) throws IOException {
        TrainingData data = fit.data();
        json.writeStringField("title", data.title());
        strings(json, "features", data.featureNames());
        json.writeStringField("label", data.labelName());
        if (data.weightName().isPresent()) {
            json.writeStringField("sample_weight", data.weightName().get());
        }
        json.writeNumberField("n", data.sampleCount());
        json.writeStringField("penalty", fit.settings().penalty().id());
        if (fit.settings().penalty() instanceof Penalty.L2 l2) {
            number(json, "C", l2.c());
        }
        json.writeBooleanField("standardize", fit.settings().standardize());
    }

    /** The fitted parameters in the features' own units, and how the run that found them ended. */
    private static void writeResult(Fit fit, JsonGenerator json) throws IOException {
        numbers(json, "weights", fit.fitted().weights());
        number(json, "bias", fit.fitted().bias());
        number(json, "objective", fit.objective());
        numbers(json, "gradient", fit.gradient());
        number(json, "gradient_norm", fit.gradientNorm());
        json.writeNumberField("iterations", fit.run().steps());
        json.writeBooleanField("converged", fit.converged());
        json.writeStringField("stop", fit.run().stop().id());
        json.writeBooleanField("separable", fit.separation().separable());
        json.writeBooleanField("minimum_exists", fit.minimumExists());
        number(json, "threshold", fit.run().threshold());
        number(json, "start_gradient_norm", fit.run().startGradientNorm());
    }

    private static void writeSeparation(Separation sep, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("separation");
        json.writeStringField("kind", sep.kind().id());
        json.writeNumberField("samples_checked", sep.rowsInLp());
        json.writeBooleanField("subset", sep.subset());
        if (sep.witness().isPresent()) {
            json.writeFieldName("witness");
            parameters(json, sep.witness().get());
        }
        json.writeEndObject();
    }

    /** The scaling used and the parameters as the solver saw them, on the standardized features. */
    private static void writeStandardized(Fit fit, Standardization s, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("standardized");
        numbers(json, "means", s.means());
        numbers(json, "deviations", s.deviations());
        numbers(json, "weights", fit.fittedScaled().orElseThrow().weights());
        number(json, "bias", fit.fittedScaled().orElseThrow().bias());
        json.writeEndObject();
    }

    private static void writeIteration(NewtonIteration it, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("iteration", it.number());
        numbers(json, "weights", it.parameters().weights());
        number(json, "bias", it.parameters().bias());
        number(json, "objective", it.objective());
        numbers(json, "gradient", it.gradient());
        number(json, "gradient_norm", it.gradientNorm());
        if (it.step().isPresent()) {
            writeStep(it.step().get(), json);
        }
        json.writeEndObject();
    }

    /** The Newton step taken from an iteration; the last iteration has none. */
    private static void writeStep(NewtonIteration.Step step, JsonGenerator json) throws IOException {
        numbers(json, "direction", step.direction());
        number(json, "step_size", step.size());
        json.writeNumberField("halvings", step.halvings());
        json.writeStringField("solve", step.solve().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (step.flatAcceptance()) {
            json.writeBooleanField("accepted_on_gradient", true);
        }
    }

    /** The quoted parameters as written (decimals, not doubles) and how well they fit. */
    private static void writeQuoted(QuotedComparison q, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("quoted");
        json.writeArrayFieldStart("weights");
        for (BigDecimal w : q.quoted().weights()) {
            json.writeNumber(w);
        }
        json.writeEndArray();
        json.writeFieldName("bias");
        json.writeNumber(q.quoted().bias());
        number(json, "objective", q.objective());
        numbers(json, "gradient", q.gradient());
        number(json, "gradient_norm", q.gradientNorm());
        json.writeEndObject();
    }

    private static void parameters(JsonGenerator json, Parameters p) throws IOException {
        json.writeStartObject();
        numbers(json, "weights", p.weights());
        number(json, "bias", p.bias());
        json.writeEndObject();
    }

    static void number(JsonGenerator json, String name, double value) throws IOException {
        json.writeFieldName(name);
        finite(json, value);
    }

    static void finite(JsonGenerator json, double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("a fit value is not finite: " + value);
        }
        json.writeNumber(value);
    }

    static void numbers(JsonGenerator json, String name, List<Double> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (double v : values) {
            finite(json, v);
        }
        json.writeEndArray();
    }

    static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
