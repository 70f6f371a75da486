package org.showwork.web.lecture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemException;
import org.showwork.problem.ProblemReader;
import org.showwork.problem.Sample;
import org.showwork.web.security.Limits;

/**
 * A problem as a lecturer edits it on the web: its YAML read under the web's size limits (a mistake
 * comes back with its message and line, as the command line reports it), and the common fields —
 * samples, weights, bias, learning rate, steps, arithmetic, decimals — written back into the YAML.
 * Only the keys whose fields changed are rewritten; the rest of the file, comments included, stays
 * as it was.
 */
public final class ProblemEditor {
    private ProblemEditor() {}

    /** What reading a YAML text gave: a problem, or the mistake and the line it is on (0 when none). */
    public record Reading(Problem problem, String mistake, int line) {
        public boolean ok() {
            return problem != null;
        }
    }

    /** The common fields, as the form shows them. */
    public record Fields(String samples, String weights, String bias, String learningRate, String iterations,
            String arithmetic, String decimals) {

        Map<String, String> byKey() {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put("samples", samples);
            keys.put("weights", weights);
            keys.put("bias", bias);
            keys.put("learning_rate", learningRate);
            keys.put("iterations", iterations);
            keys.put("arithmetic", arithmetic);
            keys.put("decimals", decimals);
            return keys;
        }
    }

    private static final Pattern LINE = Pattern.compile(", line (\\d+)");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*:");

    public static Reading read(String yaml, String name) {
        String tooBig = Limits.yaml(yaml);
        if (tooBig != null) {
            return new Reading(null, name + ": " + tooBig, 0);
        }
        try {
            Problem problem = ProblemReader.read(yaml, name);
            String tooLong = Limits.problem(problem);
            return tooLong == null ? new Reading(problem, null, 0) : new Reading(null, name + ": " + tooLong, 0);
        } catch (ProblemException e) {
            Matcher m = LINE.matcher(e.getMessage());
            return new Reading(null, e.getMessage(), m.find() ? Integer.parseInt(m.group(1)) : 0);
        }
    }

    public static Fields fields(Problem p) {
        String samples = p.featuresKnown() ? p.samples().stream().map(ProblemEditor::row).collect(Collectors.joining("\n")) : "";
        return new Fields(samples, p.weights().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", ")),
                p.bias().toPlainString(), p.learningRate().toPlainString(), String.valueOf(p.iterations()),
                p.arithmetic().name().toLowerCase(Locale.ROOT), String.valueOf(p.decimals().base()));
    }

    private static String row(Sample s) {
        List<String> cells = new ArrayList<>(s.x().stream().map(BigDecimal::toPlainString).toList());
        cells.add(String.valueOf(s.y()));
        return String.join(", ", cells);
    }

    /**
     * The YAML with the fields that differ from {@code before} written in. A field left empty removes its
     * key (its default then applies); a value that is not a number is written as text, for the reader to
     * report at its line.
     */
    public static String apply(String yaml, Fields before, Fields after) {
        Map<String, String> old = before.byKey();
        Map<String, String> changed = new LinkedHashMap<>();
        after.byKey().forEach((key, value) -> {
            if (!normal(value).equals(normal(old.get(key)))) {
                changed.put(key, value.strip());
            }
        });
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        for (Map.Entry<String, String> e : changed.entrySet()) {
            String block = e.getValue().isEmpty() ? null : block(e.getKey(), e.getValue());
            replace(lines, e.getKey(), block);
        }
        return String.join("\n", lines);
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").replaceAll("\\s*,\\s*", ", ");
    }

    /** The YAML of one key. */
    private static String block(String key, String value) {
        return switch (key) {
            case "samples" -> "samples:\n" + value.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .map(l -> "  - [" + List.of(l.split("[,;\\s]+")).stream().map(ProblemEditor::scalar)
                            .collect(Collectors.joining(", ")) + "]").collect(Collectors.joining("\n"));
            case "weights" -> "weights: [" + List.of(value.split("[,;\\s]+")).stream().map(ProblemEditor::scalar)
                    .collect(Collectors.joining(", ")) + "]";
            case "arithmetic" -> "arithmetic: " + (value.matches("hand|exact") ? value : scalar(value));
            default -> key + ": " + scalar(value);
        };
    }

    /** A number as written; anything else as a quoted YAML string, so it cannot change the file's structure. */
    private static String scalar(String text) {
        String t = text.strip().replace('\u2212', '-');
        if (NUMBER.matcher(t).matches()) {
            return t;
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : t.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> s.append(c < 0x20 ? ' ' : c);
            }
        }
        return s.append('"').toString();
    }

    /**
     * Puts {@code block} in place of the top-level key's lines (the key's line and the indented or
     * continuing lines under it), or at the end when the key is not there; a null block removes the key.
     */
    private static void replace(List<String> lines, String key, String block) {
        int start = -1;
        for (int k = 0; k < lines.size(); k++) {
            Matcher m = TOP_KEY.matcher(lines.get(k));
            if (m.find() && m.group(1).equals(key)) {
                start = k;
                break;
            }
        }
        if (start < 0) {
            if (block != null) {
                int end = lines.size();
                while (end > 0 && lines.get(end - 1).isBlank()) {
                    end--;
                }
                lines.add(end, block);
            }
            return;
        }
        int end = start + 1;
        while (end < lines.size() && continues(lines.get(end))) {
            end++;
        }
        // blank and comment lines before the next key belong to what follows
        while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).stripLeading().startsWith("#"))) {
            end--;
        }
        lines.subList(start, end).clear();
        if (block != null) {
            lines.add(start, block);
        }
    }

    private static boolean continues(String line) {
        return line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("-") || line.startsWith("#");
    }
}
