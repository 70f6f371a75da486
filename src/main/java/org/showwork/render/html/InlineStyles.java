package org.showwork.render.html;

import java.util.Map;

/**
 * The look of a worksheet's tables and formulas as inline styles, for questions shown by a
 * learning management system (Moodle's Boost theme, Canvas), which have none of our stylesheet.
 * Only properties that Moodle's HTML cleaner and Canvas's sanitizer keep are used; Bootstrap's
 * defaults that would spoil a table (captions below it, in grey) are overridden.
 */
final class InlineStyles {
    private InlineStyles() {}

    private static final String PADDING = "padding:.25em .6em;";
    private static final String CELL = PADDING + "border-bottom:1px solid #ddd;";

    private static final Map<String, String> BY_ROLE = Map.of(
            "table", "border-collapse:collapse;margin:.75em 0 1.25em 0",
            "caption", "caption-side:top;text-align:left;color:inherit;font-weight:bold;padding:0 0 .4em 0",
            "column-header", PADDING + "border-bottom:2px solid #555;white-space:nowrap;text-align:",
            "row-header", CELL + "text-align:left;font-weight:normal",
            "num", CELL + "text-align:right;white-space:nowrap",
            "label", CELL + "text-align:left",
            "display", "margin:.75em 0",
            "formula", "margin:.4em 0 .4em 1.5em",
            "calc", "white-space:nowrap");

    static String of(String role) {
        String style = BY_ROLE.get(role);
        if (style == null) {
            throw new IllegalArgumentException("no inline style for " + role);
        }
        return style;
    }
}
