package org.showwork.check;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
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
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

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
        List<Answer> answers = new ArrayList<>();
        String[] title = {""};
        new NodeVisitor(
                new VisitHandler<>(Code.class, code -> {
                    Matcher m = ANSWER.matcher(code.getText().toString());
                    if (m.matches()) {
                        answers.add(new Answer(m.group(1), NumberReading.read(m.group(2)), code.getStartLineNumber() + 1));
                    }
                }),
                new VisitHandler<>(Heading.class, heading -> {
                    if (title[0].isEmpty() && heading.getLevel() == 1) {
                        String t = heading.getText().toString().strip();
                        title[0] = t.startsWith(WORKSHEET) ? t.substring(WORKSHEET.length()).strip() : t;
                    }
                })).visit(document);
        List<String> notes = new ArrayList<>();
        if (text.isBlank()) {
            notes.add(file + ": the file is empty");
        } else if (answers.isEmpty()) {
            notes.add(file + ": no answers found; a worksheet's answers are written into its blanks, e.g. `p[1]: 0.012`");
        }
        String variant = first(VARIANT, text);
        // the name line of an unnamed worksheet is underscores until the student writes on it
        String name = first(NAME, text).replaceAll("^_+|_+$", "").strip();
        String id = first(STUDENT_ID, text).replaceAll("^_+|_+$", "").strip();
        return new Submission(file, name.isEmpty() ? student : name, title[0], answers, notes, variant, id);
    }

    private static String first(Pattern field, String text) {
        Matcher m = field.matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }
}
