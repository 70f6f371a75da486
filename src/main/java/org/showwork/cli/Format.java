package org.showwork.cli;

import org.showwork.render.FitRenderer;
import org.showwork.render.Renderer;
import org.showwork.render.json.FitJsonRenderer;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.markdown.FitMarkdownRenderer;
import org.showwork.render.markdown.MarkdownRenderer;

/** The document formats of {@code derive} and {@code fit}, by the names used with {@code -f}. */
enum Format {
    md, json;

    Renderer renderer() {
        return switch (this) {
            case md -> new MarkdownRenderer();
            case json -> new JsonRenderer();
        };
    }

    FitRenderer fitRenderer() {
        return switch (this) {
            case md -> new FitMarkdownRenderer();
            case json -> new FitJsonRenderer();
        };
    }
}
