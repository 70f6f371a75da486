package org.showwork.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers as CSV rows of {@code id,value} (a header row {@code id,value} is optional, and so are
 * rows {@code student,NAME}, {@code student_id,ID}, {@code problem,TITLE} and {@code variant,CODE}). Semicolons and tabs separate as well as
 * commas, and the value is everything after the id's separator, so a decimal comma needs no quotes:
 * {@code p[1],0,012} reads 0.012.
 */
final class CsvAnswers {
    private CsvAnswers() {}

    private static final Pattern ROW = Pattern.compile("\\s*\"?(" + SubmissionReader.ID.pattern() + ")\"?\\s*[,;\t](.*)");

    static Submission read(String text, String file, String student) {
        List<Answer> answers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String name = student;
        String title = "";
        String variant = "";
        String studentId = "";
        String[] lines = text.split("\r?\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].strip();
            if (k == 0 && line.startsWith("\ufeff")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                notes.add(SubmissionReader.at(file, k + 1, "'" + line + "' is not a row of id,value; skipped"));
                continue;
            }
            String id = m.group(1);
            String value = unquote(m.group(2).strip());
            switch (id.toLowerCase(Locale.ROOT)) {
                case "id" -> { } // the header
                case "student" -> name = value;
                case "problem" -> title = value;
                case "variant" -> variant = value;
                case "student_id" -> studentId = value;
                default -> answers.add(new Answer(id, NumberReading.read(value), k + 1));
            }
        }
        if (text.isBlank()) {
            notes.add(file + ": the file is empty");
        }
        return new Submission(file, name, title, answers, notes, variant, studentId);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\"\"", "\"");
        }
        return value;
    }
}
