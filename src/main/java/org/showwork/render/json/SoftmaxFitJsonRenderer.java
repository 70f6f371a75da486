package org.showwork.render.json;

import java.util.Locale;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.showwork.derive.Provenance;
import org.showwork.fit.MultinomialFit;
import org.showwork.fit.NewtonIteration;
import org.showwork.fit.NewtonSolver;
import org.showwork.fit.Penalty;
import org.showwork.problem.TrainingData;

/**
 * A multinomial (softmax) fit as JSON: {@code model: softmax}, the {@code classes} in label order,
 * the fitted {@code weights} (a row per class, in class order) and {@code bias} (one per class) in
 * the features' own units — the representative that sums to zero over the classes — the
 * {@code objective} and {@code gradient_norm} there, Newton's {@code iterations}, whether it
 * {@code converged}, the {@code separable_classes}, each training sample's {@code probabilities}
 * and {@code predicted} class, and the training {@code accuracy}. Every number is finite.
 */
public final class SoftmaxFitJsonRenderer {

    public void render(MultinomialFit fit, Appendable out) throws IOException {
        JsonOutput.json(out, json -> write(fit, json));
    }

    private void write(MultinomialFit fit, JsonGenerator json) throws IOException {
        TrainingData data = fit.data();
        json.writeStartObject();
        json.writeObjectFieldStart("showwork");
        json.writeStringField("version", Provenance.currentVersion());
        json.writeStringField("source", data.source());
        json.writeStringField("command", "fit");
        json.writeStringField("solver", "newton");
        number(json, "tolerance", NewtonSolver.TOLERANCE);
        json.writeNumberField("max_iterations", fit.settings().maxIterations());
        json.writeEndObject();

        json.writeStringField("title", data.title());
        json.writeStringField("model", "softmax");
        strings(json, "classes", fit.classes());
        strings(json, "features", data.featureNames());
        json.writeStringField("label", data.labelName());
        json.writeNumberField("n", data.sampleCount());
        json.writeStringField("penalty", fit.settings().penalty().id());
        if (fit.settings().penalty() instanceof Penalty.L2 l2) {
            number(json, "C", l2.c());
        }
        json.writeBooleanField("standardize", fit.settings().standardize());
        result(fit, json);
        history(fit, json);
        samples(fit, json);
        json.writeEndObject();
    }

    /** The fitted rows of weights and the biases, the objective and gradient there, and how Newton's method ended. */
    private static void result(MultinomialFit fit, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("weights");
        for (List<Double> row : fit.weights()) {
            json.writeStartArray();
            for (double w : row) {
                finite(json, w);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        numbers(json, "bias", fit.biases());
        number(json, "objective", fit.objective());
        number(json, "gradient_norm", fit.gradientNorm());
        json.writeNumberField("iterations", fit.run().steps());
        json.writeBooleanField("converged", fit.converged());
        json.writeBooleanField("minimum_exists", fit.minimumExists());
        json.writeStringField("stop", fit.run().stop().name().toLowerCase(Locale.ROOT));
        json.writeArrayFieldStart("separable_classes");
        for (int c : fit.separableClasses()) {
            json.writeString(fit.classes().get(c));
        }
        json.writeEndArray();
    }

    /** Newton's iterations: the objective, the gradient's length and the step of each. */
    private static void history(MultinomialFit fit, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("history");
        for (NewtonIteration it : fit.run().iterations()) {
            json.writeStartObject();
            json.writeNumberField("k", it.number());
            number(json, "objective", it.objective());
            number(json, "gradient_norm", it.gradientNorm());
            if (it.step().isPresent()) {
                number(json, "step", it.step().get().size());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The training accuracy, and each sample's label, class probabilities and predicted class. */
    private static void samples(MultinomialFit fit, JsonGenerator json) throws IOException {
        TrainingData data = fit.data();
        number(json, "accuracy", fit.accuracy());
        json.writeArrayFieldStart("samples");
        for (int i = 0; i < data.sampleCount(); i++) {
            json.writeStartObject();
            json.writeNumberField("i", i + 1);
            json.writeNumberField("y", data.y(i));
            numbers(json, "probabilities", fit.probabilities().get(i));
            json.writeNumberField("predicted", fit.predicted().get(i));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        FitJsonRenderer.number(json, name, value);
    }

    private static void finite(JsonGenerator json, double value) throws IOException {
        FitJsonRenderer.finite(json, value);
    }

    private static void numbers(JsonGenerator json, String name, List<Double> values) throws IOException {
        FitJsonRenderer.numbers(json, name, values);
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        FitJsonRenderer.strings(json, name, values);
    }
}
