package org.showwork.render;

import java.nio.file.Files;
import java.nio.file.Path;
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
        if (!name.isEmpty() && Files.isRegularFile(own)) {
            s.append(own);
        } else {
            s.append(folder).append(": a template there calls showwork's own ").append(name.isEmpty() ? "template" : name);
        }
        if (e.getLine() != null && e.getLine() > 0) {
            s.append(", line ").append(e.getLine());
            if (e.getCol() != null && e.getCol() > 0) {
                s.append(", column ").append(e.getCol());
            }
        }
        return new TemplateError(s.append(": the template cannot be used: ").append(reason(e)).toString());
    }

    /** Thymeleaf's message without the position it repeats, and the first line of the root cause's. */
    private static String reason(TemplateProcessingException e) {
        String message = firstLine(e.getMessage()).replaceFirst("\\s*\\(template: .*\\)\\s*$", "");
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
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
