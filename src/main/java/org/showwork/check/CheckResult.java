package org.showwork.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * One submission checked: its marks in the order of the derivation, the notes on the submission
 * itself (unknown or duplicate ids, another problem's worksheet, an empty file), and the score.
 */
public record CheckResult(Submission submission, List<Mark> marks, List<String> notes, BigDecimal score,
        BigDecimal maxScore) {
    public CheckResult {
        marks = List.copyOf(marks);
        notes = List.copyOf(notes);
    }
}
