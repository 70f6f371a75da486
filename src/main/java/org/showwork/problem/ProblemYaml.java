package org.showwork.problem;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a problem's YAML tree back as a problem file, in the style of the worked examples: one
 * top-level key per line, a sample per line as {@code - [1, 0]}, short lists and mappings inline.
 * Numbers keep the digits they were written (or drawn) with, so the file reads back as the same problem.
 */
final class ProblemYaml {
    private ProblemYaml() {}

    /** A string YAML reads back as the same string without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _.,'()/+-]*");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Words YAML 1.1 reads as booleans or null. */
    private static final Pattern SPECIAL = Pattern.compile(
            "(?i)y|n|yes|no|true|false|on|off|null|~|\\.nan|\\.inf|nan|inf|infinity");

    static String write(YamlNode.Mapping root) {
        StringBuilder s = new StringBuilder();
        block(root, "", s);
        return s.toString();
    }

    private static void block(YamlNode.Mapping mapping, String indent, StringBuilder s) {
        for (YamlNode.Entry e : mapping.entries().values()) {
            s.append(indent).append(key(e.key())).append(':');
            YamlNode value = e.value();
            if (inline(value)) {
                s.append(' ').append(flow(value)).append('\n');
            } else if (value instanceof YamlNode.Sequence seq) {
                s.append('\n');
                for (YamlNode item : seq.items()) {
                    // a sample per line; deeper nesting does not occur in a problem file, and flow style writes it too
                    s.append(indent).append("  - ").append(flow(item)).append('\n');
                }
            } else {
                s.append('\n');
                block((YamlNode.Mapping) value, indent + "  ", s);
            }
        }
    }

    /** Scalars, and lists or mappings of scalars, go on one line. */
    private static boolean inline(YamlNode node) {
        if (node instanceof YamlNode.Scalar) {
            return true;
        }
        if (node instanceof YamlNode.Sequence seq) {
            return seq.items().stream().allMatch(i -> i instanceof YamlNode.Scalar);
        }
        return ((YamlNode.Mapping) node).entries().values().stream().allMatch(e -> e.value() instanceof YamlNode.Scalar);
    }

    private static String flow(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar(scalar);
        }
        StringBuilder s = new StringBuilder();
        if (node instanceof YamlNode.Sequence seq) {
            s.append('[');
            List<YamlNode> items = seq.items();
            for (int k = 0; k < items.size(); k++) {
                s.append(k == 0 ? "" : ", ").append(flow(items.get(k)));
            }
            return s.append(']').toString();
        }
        s.append('{');
        boolean first = true;
        for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries().values()) {
            s.append(first ? "" : ", ").append(key(e.key())).append(": ").append(flow(e.value()));
            first = false;
        }
        return s.append('}').toString();
    }

    private static String scalar(YamlNode.Scalar scalar) {
        JsonToken token = scalar.token();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return scalar.text().strip();
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE ? "true" : "false";
        }
        if (token == JsonToken.VALUE_NULL) {
            return "null";
        }
        String text = scalar.text();
        return PLAIN.matcher(text).matches() && !SPECIAL.matcher(text).matches() && !text.endsWith(" ")
                ? text : quoted(text);
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() && !SPECIAL.matcher(key).matches() ? key : quoted(key);
    }

    /** A double-quoted YAML string, which escapes as JSON does. */
    private static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
