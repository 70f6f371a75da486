package org.showwork.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.showwork.render.html.HtmlWriter;

/**
 * The escaping and math-text functions, rewritten to copy nothing when there is nothing to change,
 * give what the straightforward versions they replaced gave (kept here as the reference), on text
 * made of exactly the characters they treat specially and a few others.
 */
class EscapingPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("\\|{}*<>_&\"'`[$~^ \n\rab1σ−").ofMaxLength(40);
    }

    @Property(tries = 2000)
    void markdownEscapingAsBefore(@ForAll("texts") String text) {
        assertThat(MarkdownWriter.escape(text)).isEqualTo(Reference.markdownEscape(text));
    }

    @Property(tries = 2000)
    void mathTextAsBefore(@ForAll("texts") String text) {
        assertThat(MarkdownWriter.mathText(text)).isEqualTo(Reference.mathText(text));
    }

    @Property(tries = 2000)
    void htmlEscapingAsBefore(@ForAll("texts") String text) {
        assertThat(HtmlWriter.escape(text)).isEqualTo(Reference.htmlEscape(text));
    }

    /** The versions before this change, as they were. */
    private static final class Reference {
        static final Map<String, String> MARKUP_FREE = Map.of("*", "\\ast", "<", "\\lt", ">", "\\gt",
                "\\|", "\\Vert", "\\{", "\\lbrace", "\\}", "\\rbrace");
        static final String SPECIAL = "\\*`<[$&~^";

        static String mathText(String tex) {
            StringBuilder s = new StringBuilder(tex.length() + 16);
            for (int k = 0; k < tex.length(); k++) {
                String one = tex.substring(k, k + 1);
                String two = k + 1 < tex.length() ? tex.substring(k, k + 2) : one;
                String command = MARKUP_FREE.containsKey(two) ? MARKUP_FREE.get(two) : MARKUP_FREE.get(one);
                if (command != null) {
                    k += MARKUP_FREE.containsKey(two) ? 1 : 0;
                    boolean letterNext = k + 1 < tex.length() && Character.isLetter(tex.charAt(k + 1));
                    s.append(command).append(letterNext ? " " : "");
                } else if (one.equals("\\")) {
                    s.append(two);
                    k++;
                } else if (one.equals("_")) {
                    boolean spaced = s.length() > 0 && s.charAt(s.length() - 1) == ' ';
                    s.append(spaced ? "_" : " _").append(two.equals("_ ") ? "" : " ");
                } else {
                    s.append(one);
                }
            }
            return s.toString();
        }

        static String markdownEscape(String text) {
            StringBuilder s = new StringBuilder(text.length() + 8);
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '\n' || c == '\r') {
                    s.append(' ');
                    continue;
                }
                boolean intraword = c == '_' && k > 0 && k + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(k - 1)) && Character.isLetterOrDigit(text.charAt(k + 1));
                if (SPECIAL.indexOf(c) >= 0 || (c == '_' && !intraword)) {
                    s.append('\\');
                }
                s.append(c);
            }
            return s.toString();
        }

        static String htmlEscape(String text) {
            StringBuilder s = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '&' -> s.append("&amp;");
                    case '<' -> s.append("&lt;");
                    case '>' -> s.append("&gt;");
                    case '"' -> s.append("&quot;");
                    default -> s.append(c);
                }
            }
            return s.toString();
        }
    }
}
