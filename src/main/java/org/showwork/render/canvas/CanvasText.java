package org.showwork.render.canvas;

import org.showwork.render.html.HtmlWriter;

/**
 * Text in a Canvas question's HTML. Canvas turns {@code [name]} in a fill-in-the-blanks question
 * into an answer field when a blank has that name, so every {@code [} in text is followed by an
 * invisible word joiner; the rest is escaped as HTML.
 */
final class CanvasText {
    private CanvasText() {}

    static String html(String text) {
        return HtmlWriter.escape(text).replace("[", "[\u2060");
    }
}
