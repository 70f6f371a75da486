package org.showwork.check;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A filled-in worksheet: every code span of the form {@code `id: value`}, wherever it is — in a
 * paragraph, a list or a table cell — is an answer (the worksheet writes its blanks that way, see
 * {@code MarkdownWriter.blank}). The first heading, less its "Worksheet: ", names the problem. A
 * worksheet made by {@code showwork generate} has header fields under its title, {@code **Name:** …
 * · **Student id:** … · **Variant:** 7KQ2MX}: the variant's code says which problem it is, and a name
 * and an id (or a counted variant's **Number:**) filled in there say who handed it in.
 */
final class MarkdownAnswers {
    private MarkdownAnswers() {}

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            // flexmark's heading parser copies the paragraph so far at every line (quadratic in a long paragraph);
            // the one heading needed, the title, is found by TITLE
            .set(Parser.HEADING_PARSER, false))
            .customInlineParserFactory(LinearInlineParser::new).build();

    private static final Pattern ANSWER = Pattern.compile("\\s*(" + SubmissionReader.ID.pattern() + ")\\s*:(.*)", Pattern.DOTALL);
    private static final String WORKSHEET = "Worksheet: ";

    /** A header field of a generated worksheet: {@code **Label:** value}, up to the next field or the line's end. */
    private static Pattern field(String label) {
        return Pattern.compile("\\*\\*" + label + ":\\*\\*[ \\t]*([^·\\n]*)");
    }

    private static final Pattern VARIANT = field("Variant");
    private static final Pattern NAME = field("Name");
    /** A roster's student id, or the number of a counted variant. */
    private static final Pattern STUDENT_ID = field("(?:Student id|Number)");

    static Submission read(String text, String file, String student) {
        Node document = PARSER.parse(text);
        LineIndex lines = new LineIndex(text);
        List<Answer> answers = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(Code.class, code -> {
                    Matcher m = ANSWER.matcher(code.getText().toString());
                    if (m.matches()) {
                        answers.add(new Answer(m.group(1), NumberReading.read(m.group(2)), lines.lineOf(code.getStartOffset())));
                    }
                })).visit(document);
        String title = title(text);
        List<String> notes = new ArrayList<>();
        if (text.isBlank()) {
            notes.add(file + ": the file is empty");
        } else if (answers.isEmpty()) {
            notes.add(file + ": no answers found; a worksheet's answers are written into its blanks, e.g. `p[1]: 0.012`");
        }
        String variant = first(VARIANT, text);
        // the name line of an unnamed worksheet is underscores until the student writes on it
        String name = unescape(first(NAME, text)).replaceAll("^_+|_+$", "").strip();
        String id = unescape(first(STUDENT_ID, text)).replaceAll("^_+|_+$", "").strip();
        return new Submission(file, name.isEmpty() ? student : name, title, answers, notes, variant, id);
    }

    /**
     * The first level-1 heading ({@code # Worksheet: …}) outside fenced code, less its "Worksheet: "
     * and the backslashes that escape its punctuation; empty when there is none.
     */
    static String title(String text) {
        boolean fenced = false;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (FENCE.matcher(line).lookingAt()) {
                fenced = !fenced;
            } else if (!fenced) {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    String t = unescape(heading.group(1)).strip();
                    return t.startsWith(WORKSHEET) ? t.substring(WORKSHEET.length()).strip() : t;
                }
            }
        }
        return "";
    }

    private static final Pattern FENCE = Pattern.compile(" {0,3}(?:```|~~~)");
    private static final Pattern HEADING = Pattern.compile(" {0,3}#[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*");

    /** Text as Markdown shows it: a backslash before punctuation (as MarkdownWriter escapes it) removed. */
    private static String unescape(String text) {
        return text.replaceAll("\\\\(\\p{Punct})", "$1");
    }

    private static String first(Pattern field, String text) {
        Matcher m = field.matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }
}
