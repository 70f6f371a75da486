package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Separable data without a penalty have no estimate, but every document stays finite: no NaN, no infinity. */
class FiniteOutputTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "x,y\n1,0\n2,0\n3,0\n4,1\n5,1\n",                                 // complete, one feature
            "x,y\n1,0\n2,0\n3,0\n3,1\n4,1\n",                                 // quasi-complete
            "a,b,y\n0,0,0\n1,0,0\n0,1,0\n3,3,1\n4,2,1\n2,4,1\n",              // complete, two features
            "x,y\n-1000,0\n1000,1\n"})                                        // far apart
    void noNaNOrInfinityWithoutAPenalty(String csv) throws Exception {
        Path data = dir.resolve("data.csv");
        Files.writeString(data, csv, StandardCharsets.UTF_8);
        for (String format : List.of("md", "json")) {
            FitCommandTest.Run r = FitCommandTest.run("fit", data.toString(), "--label", "y", "--penalty", "none", "-f", format);
            assertThat(r.code()).as(format).isZero();
            assertThat(r.out()).as(format).doesNotContain("NaN").doesNotContainPattern("(?i)\\bnan\\b").doesNotContain("Infinity").doesNotContain("∞");
            if (format.equals("json")) {
                JsonNode json = new ObjectMapper().readTree(r.out());
                assertThat(json.get("separable").asBoolean()).isTrue();
                assertThat(json.get("converged").asBoolean()).isFalse();
                List<JsonNode> numbers = new ArrayList<>();
                collect(json, numbers);
                assertThat(numbers).isNotEmpty().allMatch(n -> Double.isFinite(n.asDouble()));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> numbers) {
        if (node.isNumber()) {
            numbers.add(node);
        }
        node.forEach(child -> collect(child, numbers));
    }
}
