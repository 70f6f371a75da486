package org.showwork.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers as a YAML mapping of {@code id: value} (plus {@code student:}, {@code student_id:}, {@code problem:} and {@code variant:} if the
 * student names them). Read with Jackson's streaming parser rather than into a map, so that an id
 * given twice is seen (and reported) instead of silently replaced, and every answer keeps its line.
 */
final class YamlAnswers {
    private YamlAnswers() {}

    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** The keys that say who and what the submission is for, rather than answer a quantity. */
    private static final List<String> HEADER = List.of("student", "problem", "variant", "student_id");

    static Submission read(String text, String file, String student) throws SubmissionException {
        try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
            return read(parser, file, student);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().lines().findFirst().orElse("");
            throw new SubmissionException(SubmissionReader.at(file, at == null ? 0 : at.getLineNr(),
                    "the YAML is malformed (" + first + ")"));
        } catch (IOException e) {
            throw new SubmissionException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Submission read(JsonParser parser, String file, String student)
            throws IOException, SubmissionException {
        List<Answer> answers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> header = new HashMap<>();
        JsonToken first = parser.nextToken();
        if (first == null) {
            notes.add(file + ": the file is empty");
            return new Submission(file, student, "", answers, notes);
        }
        if (first != JsonToken.START_OBJECT) {
            throw new SubmissionException(SubmissionReader.at(file, line(parser),
                    "expected answers as id: value, one a line (e.g. p[1]: 0.012)"));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser);
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                notes.add(SubmissionReader.at(file, line, key + " has a list or mapping, not one value; skipped"));
                parser.skipChildren();
                continue;
            }
            String written = value == JsonToken.VALUE_NULL ? "" : parser.getText();
            if (HEADER.contains(key)) {
                header.put(key, written.strip());
            } else {
                answers.add(new Answer(key, NumberReading.read(written), line));
            }
        }
        return new Submission(file, header.getOrDefault("student", student), header.getOrDefault("problem", ""), answers,
                notes, header.getOrDefault("variant", ""), header.getOrDefault("student_id", ""));
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
