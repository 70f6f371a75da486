package org.showwork.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * One submission checked: its marks in the order of the derivation, the notes on the submission
 * itself (unknown or duplicate ids, another problem's worksheet, an empty file), the score, and
 * what marking it within a class found: flags for the teacher (another variant's values, a swapped
 * or shared variant code) and misconceptions repeated across samples.
 */
public record CheckResult(Submission submission, List<Mark> marks, List<String> notes, BigDecimal score,
        BigDecimal maxScore, List<Flag> flags, List<MisconceptionPattern> patterns) {
    public CheckResult {
        marks = List.copyOf(marks);
        notes = List.copyOf(notes);
        flags = List.copyOf(flags);
        patterns = List.copyOf(patterns);
    }

    /** The checker's result, with nothing flagged yet. */
    public CheckResult(Submission submission, List<Mark> marks, List<String> notes, BigDecimal score, BigDecimal maxScore) {
        this(submission, marks, notes, score, maxScore, List.of(), List.of());
    }

    /** The same result with other marks, and the score theirs. */
    public CheckResult withMarks(List<Mark> other) {
        BigDecimal total = other.stream().map(Mark::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CheckResult(submission, other, notes, total, maxScore, flags, patterns);
    }

    public CheckResult withFlags(List<Flag> other) {
        return new CheckResult(submission, marks, notes, score, maxScore, other, patterns);
    }

    public CheckResult withPatterns(List<MisconceptionPattern> other) {
        return new CheckResult(submission, marks, notes, score, maxScore, flags, other);
    }
}
