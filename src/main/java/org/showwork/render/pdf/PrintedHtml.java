package org.showwork.render.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML handout as openhtmltopdf is given it. openhtmltopdf reads HTML as XML, where a
 * stylesheet's {@code &}, {@code <} or {@code ]]>} (a title such as "Fish &amp; chips" in the page
 * header's {@code content: "…"}) is not allowed as it stands; such a stylesheet is written with XML
 * character references here, which the XML parser turns back into the same stylesheet.
 */
final class PrintedHtml {
    private PrintedHtml() {}

    private static final Pattern STYLE = Pattern.compile("(<style\\b[^>]*>)(.*?)(</style>)", Pattern.DOTALL);

    static String of(String handout) {
        Matcher style = STYLE.matcher(handout);
        StringBuilder out = new StringBuilder(handout.length() + 64);
        while (style.find()) {
            style.appendReplacement(out, "");
            out.append(style.group(1)).append(xmlText(style.group(2))).append(style.group(3));
        }
        style.appendTail(out);
        return out.toString();
    }

    private static String xmlText(String css) {
        if (css.indexOf('&') < 0 && css.indexOf('<') < 0 && !css.contains("]]>")) {
            return css;
        }
        return css.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
