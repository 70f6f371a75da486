package org.showwork.render.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's cloze importer, redone from the regular expressions of its
 * question/type/multianswer/questiontype.php (Moodle 4.x) so that a test reads a question text the
 * way Moodle does: every {@code {N:TYPE:…}} becomes a subquestion and is replaced by {@code {#k}};
 * each alternative has a fraction ({@code =} or {@code %N%}), an answer and a feedback, which is
 * decoded as Moodle decodes it (character references, then {@code \}} and {@code \#}).
 */
final class MoodleMultianswer {
    private MoodleMultianswer() {}

    // the PHP definitions, verbatim but for Java's string escapes
    static final String FRACTION = "=|%(-?[0-9]+(?:[.,][0-9]*)?)%";
    static final String ANSWER = ".+?(?<!\\\\|&|&amp;)(?=[~#}]|$)";
    static final String FEEDBACK = ".*?(?<!\\\\)(?=[~}]|$)";
    static final String ALTERNATIVE = "(" + FRACTION + ")?(" + ANSWER + ")(#(" + FEEDBACK + "))?";
    static final String NUMBER = "-?(([0-9]+[.,]?[0-9]*|[.,][0-9]+)([eE][-+]?[0-9]+)?)";
    static final Pattern NUMERICAL_ALTERNATIVE = Pattern.compile("^(" + NUMBER + ")(:" + NUMBER + ")?$", Pattern.DOTALL);
    static final String TYPES = "(NUMERICAL|NM)|(MULTICHOICE|MC)|(MULTICHOICE_V|MCV)|(MULTICHOICE_H|MCH)|"
            + "(SHORTANSWER|SA|MW)|(SHORTANSWER_C|SAC|MWC)|(MULTICHOICE_S|MCS)|(MULTICHOICE_VS|MCVS)|(MULTICHOICE_HS|MCHS)|"
            + "(MULTIRESPONSE|MR)|(MULTIRESPONSE_H|MRH)|(MULTIRESPONSE_S|MRS)|(MULTIRESPONSE_HS|MRHS)";
    static final Pattern ANSWER_REGEX = Pattern.compile("\\{([0-9]*):(" + TYPES + "):(" + ALTERNATIVE + "(~" + ALTERNATIVE
            + ")*)\\}", Pattern.DOTALL);
    static final Pattern ONE_ALTERNATIVE = Pattern.compile("~?" + ALTERNATIVE, Pattern.DOTALL);
    /** Where the alternatives are in ANSWER_REGEX (ANSWER_REGEX_ALTERNATIVES), and the numerical type (3). */
    static final int ALTERNATIVES = 16;

    /** Moodle's grade fractions (question_bank::fraction_options_full), in percent. */
    static final List<BigDecimal> FRACTIONS = List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50",
            "40", "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0").stream()
            .map(BigDecimal::new).toList();

    record Alternative(BigDecimal percent, String answer, String feedback, BigDecimal value, BigDecimal tolerance) {}

    record Subquestion(String type, List<Alternative> alternatives) {}

    record Extracted(String text, List<Subquestion> subquestions) {}

    static Extracted extract(String text) {
        List<Subquestion> subquestions = new ArrayList<>();
        for (int position = 1; ; position++) {
            Matcher m = ANSWER_REGEX.matcher(text);
            if (!m.find()) {
                return new Extracted(text, subquestions);
            }
            boolean numerical = m.group(3) != null;
            List<Alternative> alternatives = new ArrayList<>();
            String remaining = m.group(ALTERNATIVES);
            Matcher alt = ONE_ALTERNATIVE.matcher(remaining);
            while (alt.find()) {
                String fraction = alt.group(1);
                BigDecimal percent = "=".equals(fraction) ? BigDecimal.valueOf(100)
                        : fraction != null ? new BigDecimal(alt.group(2).replace(',', '.')) : BigDecimal.ZERO;
                String feedback = alt.group(5) == null ? "" : decode(alt.group(5)).replace("\\}", "}").replace("\\#", "#");
                BigDecimal value = null;
                BigDecimal tolerance = null;
                Matcher number = NUMERICAL_ALTERNATIVE.matcher(alt.group(3));
                if (numerical && number.find()) {
                    value = new BigDecimal(number.group(1).replace(',', '.'));
                    tolerance = number.group(6) == null ? BigDecimal.ZERO : new BigDecimal(number.group(6).replace(',', '.'));
                }
                alternatives.add(new Alternative(percent, alt.group(3), feedback, value, tolerance));
                remaining = remaining.substring(alt.end());
                alt = ONE_ALTERNATIVE.matcher(remaining);
            }
            subquestions.add(new Subquestion(numerical ? "numerical" : m.group(2), alternatives));
            text = text.substring(0, m.start()) + "{#" + position + "}" + text.substring(m.end());
        }
    }

    /** PHP's html_entity_decode for the references our files use. */
    static String decode(String s) {
        Matcher m = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        return m.appendTail(out).toString();
    }
}
