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
 * @param studentId the student's id (or number) the submission gives (a generated worksheet's header,
 *                a {@code student_id} row or key); empty when it gives none
 */
public record Submission(String source, String student, String title, List<Answer> answers, List<String> notes,
        String variant, String studentId) {
    public Submission {
        answers = List.copyOf(answers);
        notes = List.copyOf(notes);
    }

    /** A submission that gives no student id. */
    public Submission(String source, String student, String title, List<Answer> answers, List<String> notes,
            String variant) {
        this(source, student, title, answers, notes, variant, "");
    }

    /** A submission that names no variant. */
    public Submission(String source, String student, String title, List<Answer> answers, List<String> notes) {
        this(source, student, title, answers, notes, "");
    }

    /** Whether the submission gives its student's name (rather than being known by its file's name). */
    public boolean named() {
        return !student.equals(SubmissionReader.stem(source));
    }

    /** The same answers with other notes (and nothing else changed). */
    public Submission withNotes(List<String> other) {
        return new Submission(source, student, title, answers, other, variant, studentId);
    }

    /** The same submission, handed in by {@code name}. */
    public Submission withStudent(String name) {
        return new Submission(source, name, title, answers, notes, variant, studentId);
    }

    /** The same submission with other answers. */
    public Submission withAnswers(List<Answer> other) {
        return new Submission(source, student, title, other, notes, variant, studentId);
    }
}
