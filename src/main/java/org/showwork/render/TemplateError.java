package org.showwork.render;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * A lecturer's template (given with {@code --templates}) that cannot be processed: a malformed or
 * failing expression, a fragment that is not there. The message names the template's file, line
 * and column and what went wrong in Thymeleaf's own words, without its stack trace.
 */
public final class TemplateError extends RuntimeException {

    TemplateError(String message) {
        super(message);
    }

    /** The error of a template in the lecturer's {@code folder}; one of ours is named as called from theirs. */
    static TemplateError of(Path folder, TemplateProcessingException e) {
        String name = e.getTemplateName() == null ? "" : e.getTemplateName();
        Path own = folder.resolve(name);
        StringBuilder s = new StringBuilder();
        String reason;
        if (!name.isEmpty() && Files.isRegularFile(own)) {
            s.append(own);
            reason = reason(e);
        } else if (root(e) instanceof FileNotFoundException) {
            // Thymeleaf names the template that is not there, at the line of the one that inserts it
            String missing = name.replaceFirst("^templates/", "");
            s.append(inserting(folder, missing).map(Path::toString).orElse(folder.toString()));
            reason = "inserts " + missing + ", which is neither in " + folder + " nor among showwork's templates";
        } else {
            s.append(folder).append(": a template there calls showwork's own ").append(name.isEmpty() ? "template" : name);
            reason = reason(e);
        }
        if (e.getLine() != null && e.getLine() > 0) {
            s.append(", line ").append(e.getLine());
            if (e.getCol() != null && e.getCol() > 0) {
                s.append(", column ").append(e.getCol());
            }
        }
        return new TemplateError(s.append(": the template cannot be used: ").append(reason).toString());
    }

    /** The lecturer's template that names {@code missing}, if one does. */
    private static Optional<Path> inserting(Path folder, String missing) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.readString(f).contains(missing);
                } catch (IOException | UncheckedIOException notText) {
                    return false;
                }
            }).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Thymeleaf's message without the position it repeats, and the first line of the root cause's. */
    private static String reason(TemplateProcessingException e) {
        String message = firstLine(e.getMessage()).replaceFirst("\\s*\\(template: .*\\)\\s*$", "")
                .replaceFirst("^Exception evaluating \\w+ expression:", "cannot evaluate the expression");
        Throwable root = root(e);
        if (root instanceof NoSuchMethodException) {
            String method = firstLine(root.getMessage()).replaceAll(".*\\.([^.(]+)\\(.*", "$1");
            message += " (the writer w has no method " + method + " taking these arguments)";
        } else if (root != e && root.getMessage() != null) {
            String cause = firstLine(root.getMessage()).replaceAll("@[0-9a-f]{4,}", "");
            if (!message.contains(cause)) {
                message += " (" + cause + ")";
            }
        }
        return message;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
