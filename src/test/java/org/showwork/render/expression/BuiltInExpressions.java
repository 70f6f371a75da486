package org.showwork.render.expression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every {@code ${...}} in our templates under src/main/resources/templates, with the file it is in. */
public final class BuiltInExpressions {

    public static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** One expression: its text between the braces, and the template that holds it. */
    public record Found(Path template, String text) {}

    private BuiltInExpressions() {}

    /** The expressions of every template under {@code folders} (relative to {@link #TEMPLATES}), in order. */
    public static List<Found> in(String... folders) {
        List<Found> found = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(TEMPLATES.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    for (String text : expressions(Files.readString(file))) {
                        found.add(new Found(TEMPLATES.relativize(file), text));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** The texts of the {@code ${...}} in {@code template}: up to the closing brace outside quotes. */
    static List<String> expressions(String template) {
        List<String> texts = new ArrayList<>();
        for (int start = template.indexOf("${"); start >= 0; start = template.indexOf("${", start + 2)) {
            int at = start + 2;
            char quote = 0;
            while (at < template.length() && (quote != 0 || template.charAt(at) != '}')) {
                char c = template.charAt(at);
                if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (c == quote) {
                    quote = 0;
                }
                at++;
            }
            texts.add(template.substring(start + 2, at));
        }
        return texts;
    }
}
