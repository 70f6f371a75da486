package org.showwork.check;

import java.util.List;

/**
 * A student's answers as read from one file, in the file's order, with what reading them found
 * wrong (a line that is not {@code id,value}, a worksheet made for another problem). Nothing here is
 * matched to a problem yet.
 *
 * @param source  the file, as named on the command line (for messages and reports)
 * @param student who handed it in: the name the file gives, else the file's name without its extension
 * @param title   the title of the worksheet or the problem the file names, if it names one (to spot a
 *                submission for another problem); empty when it names none
 * @param notes   messages about the file itself, each naming the file and, where it can, the line
 * @param variant the code of the variant the submission is for (a generated worksheet's header, a
 *                {@code variant} row or key), to find its problem in a class; empty when it names none
 */
public record Submission(String source, String student, String title, List<Answer> answers, List<String> notes,
        String variant) {
    public Submission {
        answers = List.copyOf(answers);
        notes = List.copyOf(notes);
    }

    /** A submission that names no variant. */
    public Submission(String source, String student, String title, List<Answer> answers, List<String> notes) {
        this(source, student, title, answers, notes, "");
    }
}
