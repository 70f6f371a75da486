package org.showwork.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.problem.Template;
import org.showwork.problem.TemplateReader;
import org.showwork.render.json.JsonRenderer;

/**
 * Over 1,000 variants of the class template, for random seeds and student ids, every default
 * constraint and the template's own hold — checked here from the variant's JSON, independently of
 * the code that enforces them.
 */
class ConstraintPropertiesTest {

    private static final Template TEMPLATE;

    static {
        try {
            TEMPLATE = TemplateReader.read(Path.of("worked-examples", "class-template.yaml"));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Property(tries = 1000)
    void everyVariantMeetsTheConstraints(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 12) String id,
            @ForAll @StringLength(min = 1, max = 8) @NumericChars String seed) throws Exception {
        Variant v = VariantGenerator.of(TEMPLATE, seed).variant(1, new Student(id, ""));
        Problem problem = v.problem();
        StringWriter out = new StringWriter();
        new JsonRenderer().render(v.trace(), out);
        JsonNode step = JSON.readTree(out.toString()).get("iterations").get(0);

        // probabilities at least 0.01 from 0 and 1, as shown (hand arithmetic carries what it shows)
        for (JsonNode sample : step.get("samples")) {
            BigDecimal p = sample.get("p").decimalValue();
            assertThat(p).as("p of sample %s", sample.get("i")).isBetween(new BigDecimal("0.01"), new BigDecimal("0.99"));
        }
        // no two samples alike, both labels
        Set<List<BigDecimal>> xs = new HashSet<>();
        for (Sample s : problem.samples()) {
            assertThat(xs.add(s.x().stream().map(BigDecimal::stripTrailingZeros).toList())).as("distinct samples").isTrue();
        }
        assertThat(problem.samples()).extracting(Sample::y).contains(0, 1);
        // the boundary −b/w inside the data's range before and after the step
        double min = problem.samples().stream().mapToDouble(s -> s.x().get(0).doubleValue()).min().orElseThrow();
        double max = problem.samples().stream().mapToDouble(s -> s.x().get(0).doubleValue()).max().orElseThrow();
        for (String boundary : List.of("boundary", "boundary_new")) {
            // the trace rounds the boundary to its places; allow that much
            assertThat(step.get(boundary).doubleValue()).as(boundary).isBetween(min - 0.0005, max + 0.0005);
        }
        // nothing given with more places than shown (3)
        assertThat(problem.bias().stripTrailingZeros().scale()).isLessThanOrEqualTo(3);
        assertThat(problem.weights().get(0).stripTrailingZeros().scale()).isLessThanOrEqualTo(3);
        // the template's own condition
        assertThat(step.get("samples").get(2).get("p").decimalValue()).isBetween(new BigDecimal("0.05"),
                new BigDecimal("0.95"));
    }

    /** A draw whose step ends at w = 0.000 (no boundary after it) is drawn again; jqwik found this one. */
    @Example
    void aStepThatEndsWithoutABoundaryIsDrawnAgain() throws Exception {
        everyVariantMeetsTheConstraints("jG2EpWqAnWB3", "30629");
    }
}
