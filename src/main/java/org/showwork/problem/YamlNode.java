package org.showwork.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node remembers its line and column, read with Jackson's
 * streaming parser. Jackson's own trees forget positions, and a message like "line 7: label
 * must be 0 or 1" is what makes a problem file easy to fix. Public for the other files users write
 * by hand (the checker's marking schemes).
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    int line();

    int column();

    /** A scalar; {@code token} tells a number, a string, a boolean or null apart. */
    record Scalar(String text, JsonToken token, int line, int column) implements YamlNode {}

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {}

    /** A key with its own position, so a message can point at the key rather than the value. */
    record Entry(String key, int line, int column, YamlNode value) {}

    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {}

    /** Thrown for malformed YAML and duplicate keys, with the position of the problem. */
    final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** The largest YAML document read, in characters. */
    int CODE_POINT_LIMIT = 100 * 1024 * 1024;

    /** Parses one YAML document; an empty document gives null. */
    static YamlNode parse(String text) throws SyntaxError {
        // SnakeYAML refuses documents over 3 MB unless told otherwise; a problem file may list 100 MB of samples
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(CODE_POINT_LIMIT);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (JsonParser parser = factory.createParser(new StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = read(parser);
            if (parser.nextToken() != null) {
                // a second document after '---' would otherwise be ignored without a word
                JsonLocation at = parser.currentTokenLocation();
                throw new SyntaxError("the file holds more than one YAML document (a second one after '---'); "
                        + "put one problem in each file", at.getLineNr(), at.getColumnNr());
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SyntaxError(describe(e.getOriginalMessage()),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new SyntaxError(e.getMessage(), 0, 0);
        }
    }

    private static YamlNode read(JsonParser parser) throws IOException, SyntaxError {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new Sequence(items, line, column);
            }
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    if (entries.containsKey(key)) {
                        throw new SyntaxError("the key '" + key + "' appears twice",
                                keyAt.getLineNr(), keyAt.getColumnNr());
                    }
                    parser.nextToken();
                    entries.put(key, new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), read(parser)));
                }
                return new Mapping(entries, line, column);
            }
            default -> {
                return new Scalar(parser.getText(), token, line, column);
            }
        }
    }

    /** SnakeYAML's messages repeat the position and quote the document; keep the first sentence. */
    private static String describe(String message) {
        if (message == null) {
            return "the YAML is malformed";
        }
        String firstLine = message.strip().lines().findFirst().orElse("").strip();
        return "the YAML is malformed (" + firstLine + ")";
    }
}
