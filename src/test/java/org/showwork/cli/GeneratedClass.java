package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class made by {@code showwork generate} from the worked example's template, for tests of
 * {@code check}: its folder, its variant codes in the roster's order, and worksheets filled in from
 * any variant's answer key.
 */
record GeneratedClass(Path folder, List<String> codes) {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Generates the class of {@code roster} (CSV text with id and name) into {@code folder}, worksheets in Markdown. */
    static GeneratedClass of(Path folder, String roster, String seed) throws Exception {
        Path rosterFile = Files.writeString(folder.resolveSibling(folder.getFileName() + "-roster.csv"), roster);
        CommandRun r = CommandRun.of("generate", "worked-examples/class-template.yaml", "--roster", rosterFile.toString(),
                "--seed", seed, "-o", folder.toString(), "-f", "md");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> codes = Files.readAllLines(folder.resolve("index.csv")).stream().skip(1)
                .map(l -> l.replaceAll("\"[^\"]*\"", "").split(",")).map(f -> f[f.length - 2]).toList();
        return new GeneratedClass(folder, codes);
    }

    /** The answer key of a student's variant, by id, as its JSON has it. */
    JsonNode key(String student) throws Exception {
        return JSON.readTree(folder.resolve(student).resolve("key.json").toFile()).get("quantities");
    }

    /** {@code student}'s worksheet with every blank filled in from the answer key of {@code keyOf}'s variant. */
    String filled(String student, String keyOf) throws Exception {
        String worksheet = Files.readString(folder.resolve(student).resolve("worksheet.md"), StandardCharsets.UTF_8);
        JsonNode quantities = key(keyOf);
        Matcher blank = Pattern.compile("`([^`]+): ____`").matcher(worksheet);
        StringBuilder s = new StringBuilder();
        int blanks = 0;
        while (blank.find()) {
            JsonNode value = quantities.get(blank.group(1));
            assertThat(value).as(blank.group(1)).isNotNull();
            blank.appendReplacement(s, Matcher.quoteReplacement("`" + blank.group(1) + ": " + value.decimalValue()
                    .toPlainString() + "`"));
            blanks++;
        }
        assertThat(blanks).isEqualTo(35);
        return blank.appendTail(s).toString();
    }

    /** A student's own worksheet, filled in from their own key. */
    String filled(String student) throws Exception {
        return filled(student, student);
    }
}
