package org.showwork.cli;

import org.showwork.render.Renderer;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.markdown.MarkdownRenderer;

/** The document formats of {@code derive}, by the names used with {@code -f}. */
enum Format {
    md, json;

    Renderer renderer() {
        return switch (this) {
            case md -> new MarkdownRenderer();
            case json -> new JsonRenderer();
        };
    }
}
