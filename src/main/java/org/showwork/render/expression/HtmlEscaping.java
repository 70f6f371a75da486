package org.showwork.render.expression;

/**
 * Text escaped for HTML, under the two rules our pages are written with: ours ({@link #text}, the
 * writers' and the quizzes') and Thymeleaf's ({@link #thymeleaf}, for what its processors write),
 * which also escapes the apostrophe. One loop for both; the same string back when nothing needs
 * escaping, which is most text.
 */
public final class HtmlEscaping {
    private HtmlEscaping() {}

    /** For HTML text and double-quoted attributes: {@code & < > "} as named references. */
    public static String text(String text) {
        return escape(text, false);
    }

    /**
     * As Thymeleaf escapes text and attributes ({@code HtmlEscape.escapeHtml4Xml}): also the
     * apostrophe, as a decimal reference (HTML 4 names none for it).
     */
    static String thymeleaf(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean apostrophe) {
        StringBuilder escaped = null;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            String reference = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> apostrophe ? "&#39;" : null;
                default -> null;
            };
            if (reference != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, k);
            }
            if (escaped != null) {
                if (reference != null) {
                    escaped.append(reference);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
