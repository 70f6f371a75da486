package org.showwork.render.moodle;

import org.showwork.render.html.HtmlWriter;

/**
 * Text for a Moodle cloze question, escaped for everything that reads it. Moodle's multianswer
 * importer searches the whole question text for {@code {N:TYPE:…}} and for {@code {#N}}, so the
 * characters of that syntax ({@code { } # ~}) in any text are written as character references,
 * which its regular expressions do not see and a browser shows as the characters. Its MathJax
 * filter typesets whatever lies between TeX delimiters, so a delimiter in text ({@code \(},
 * {@code \[}, {@code $$}) is broken with an invisible word joiner.
 */
final class ClozeText {
    private ClozeText() {}

    static final char WORD_JOINER = '\u2060';

    /** Text in the question's HTML (a title, a feature's name, a student's name, our own words). */
    static String html(String text) {
        String html = HtmlWriter.escape(text); // then what the cloze syntax and the math filter would read
        StringBuilder s = new StringBuilder(html.length() + 16);
        for (int k = 0; k < html.length(); k++) {
            char c = html.charAt(k);
            switch (c) {
                case '{' -> s.append("&#123;");
                case '}' -> s.append("&#125;");
                case '#' -> s.append("&#35;");
                case '~' -> s.append("&#126;");
                default -> s.append(c);
            }
            char next = k + 1 < html.length() ? html.charAt(k + 1) : 0;
            if ((c == '\\' && "()[]".indexOf(next) >= 0 && next != 0) || (c == '$' && next == '$')) {
                s.append(WORD_JOINER);
            }
        }
        return s.toString();
    }

    /**
     * Feedback of an embedded answer. Moodle ends it at the first {@code ~} or {@code }} not after a
     * backslash, then decodes character references once and keeps the result as HTML; so the text
     * is escaped as HTML, then every {@code &} and every character of the syntax is written as a
     * reference (a backslash would stay visible before all but {@code }} and {@code #}).
     */
    static String feedback(String text) {
        String html = HtmlWriter.escape(text);
        StringBuilder s = new StringBuilder(html.length() + 16);
        for (char c : html.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '{' -> s.append("&#123;");
                case '}' -> s.append("&#125;");
                case '#' -> s.append("&#35;");
                case '~' -> s.append("&#126;");
                case '\\' -> s.append("&#92;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
