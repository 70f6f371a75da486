package org.showwork.web.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.showwork.check.CheckResult;
import org.showwork.check.Mark;
import org.showwork.check.Submission;
import org.showwork.check.Verdict;
import org.showwork.problem.Problem;

/**
 * A sheet as marked: a cell per asked quantity in the sheet's order, the score with revealed cells
 * earning nothing, and how much is done. {@link #result()} is the checker's result with those points
 * taken away and a note naming the revealed cells, for reports and the gradebook.
 */
public record SheetMarks(List<Cell> cells, BigDecimal score, BigDecimal maxScore, int answered, int revealedCount,
        CheckResult result) {

    public SheetMarks {
        cells = List.copyOf(cells);
    }

    /**
     * One cell: the text as typed (our value, for a revealed cell), its verdict, the diagnosis in words
     * (empty when there is nothing to say), and its points.
     */
    public record Cell(String id, String text, Verdict verdict, boolean revealed, String why, BigDecimal points,
            BigDecimal maxPoints) {

        /** The word shown on the cell: the verdict's, "revealed", or empty for a cell not yet answered. */
        public String word() {
            if (revealed) {
                return "revealed";
            }
            return verdict == Verdict.MISSING ? "" : verdict.word();
        }
    }

    /** The same marks, for a sheet worked by {@code student} (named {@code source} in a gradebook). */
    SheetMarks by(String student, String source) {
        Submission s = result.submission();
        Submission theirs = new Submission(source, student, s.title(), s.answers(), s.notes(), s.variant());
        return new SheetMarks(cells, score, maxScore, answered, revealedCount,
                new CheckResult(theirs, result.marks(), result.notes(), result.score(), result.maxScore()));
    }

    static SheetMarks of(CheckResult checked, Map<String, String> values, Set<String> revealed, Problem problem) {
        int featureCount = problem.featureCount();
        List<Cell> cells = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO;
        int answered = 0;
        for (Mark mark : checked.marks()) {
            String id = mark.id().toString(featureCount);
            boolean shown = revealed.contains(id);
            Mark kept = shown ? new Mark(mark.id(), mark.written(), mark.line(), mark.expected(), mark.shown(),
                    mark.recomputed(), mark.verdict(), mark.diagnosis(), mark.differing(), BigDecimal.ZERO,
                    mark.maxPoints()) : mark;
            marks.add(kept);
            score = score.add(kept.points());
            if (shown || mark.verdict() != Verdict.MISSING) {
                answered++;
            }
            String why = shown ? "revealed: it earns no points, and later cells follow through from it"
                    : CellPhrase.of(mark, problem);
            cells.add(new Cell(id, values.getOrDefault(id, ""), mark.verdict(), shown, why, kept.points(),
                    kept.maxPoints()));
        }
        List<String> notes = new ArrayList<>(checked.notes());
        List<String> shownIds = cells.stream().filter(Cell::revealed).map(Cell::id).toList();
        if (!shownIds.isEmpty()) {
            notes.add("Revealed on the web, so they earn no points: " + String.join(", ", shownIds) + ".");
        }
        CheckResult result = new CheckResult(checked.submission(), marks, notes, score, checked.maxScore());
        return new SheetMarks(cells, score, checked.maxScore(), answered, shownIds.size(), result);
    }
}
