package org.showwork.web.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.showwork.check.Answer;
import org.showwork.check.CheckResult;
import org.showwork.check.Checker;
import org.showwork.check.MarkingScheme;
import org.showwork.check.NumberReading;
import org.showwork.check.Submission;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Blanks;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.quantity.BlankSelection;
import org.showwork.formula.UnicodeWriter;
import org.showwork.problem.Problem;
import org.showwork.quantity.QuantityId;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;

/**
 * A problem made ready for students on the web, and the one place the web app reaches into the
 * domain for them: the trace, the worksheet's layout and its blanks, and the checker that marks a
 * sheet exactly as {@code showwork check} marks a filled-in worksheet. A revealed cell is handed to
 * the checker as our value, so later cells follow through from it, and its points are taken away
 * afterwards. Immutable once made; one workbook serves every student of its problem.
 */
public final class Workbook {

    /** Longest answer kept, in characters: no number a student writes is longer. */
    public static final int ANSWER_LIMIT = 100;

    private final Problem problem;
    private final Trace trace;
    private final MarkingScheme scheme;
    private final Checker checker;
    private final Document worksheet;
    private final Map<String, QuantityId> asked = new LinkedHashMap<>();
    /** The marks of an untouched sheet, once asked for (racing threads may both make it: they make the same). */
    private volatile SheetMarks blank;

    private Workbook(Problem problem) {
        this.problem = problem;
        this.trace = Tracer.trace(problem);
        this.worksheet = DerivationView.worksheet(trace, BlankSelection.all());
        int d = problem.featureCount();
        Set<QuantityId> onSheet = Blanks.of(trace, BlankSelection.all());
        for (QuantityId id : onSheet) {
            asked.put(id.toString(d), id);
        }
        // what is marked is what the sheet asks, as check marks a worksheet made by derive --worksheet
        this.scheme = MarkingScheme.defaults().withAsked(onSheet::contains);
        this.checker = new Checker(trace, scheme);
    }

    public static Workbook of(Problem problem) {
        return new Workbook(problem);
    }

    public Problem problem() {
        return problem;
    }

    public Trace trace() {
        return trace;
    }

    public MarkingScheme scheme() {
        return scheme;
    }

    public Checker checker() {
        return checker;
    }

    /** The worksheet laid out, its blanks labelled with quantity ids. */
    public Document worksheet() {
        return worksheet;
    }

    /** The ids the sheet asks for, as written on it, in its order. */
    public List<String> asked() {
        return List.copyOf(asked.keySet());
    }

    public boolean asks(String id) {
        return asked.containsKey(id);
    }

    /** Our value of an asked cell as the answer key shows it ("0.900", "−0.040", "∞"); empty for an id not asked. */
    public Optional<String> keyValue(String id) {
        QuantityId qid = asked.get(id);
        if (qid == null) {
            return Optional.empty();
        }
        return trace.find(qid).map(q -> shown(qid, q));
    }

    private String shown(QuantityId id, Quantity q) {
        return q.infinite() ? "∞" : UnicodeWriter.formatNumber(q.value().shown(problem.decimals().of(id.kind())));
    }

    /**
     * Marks a sheet: the student's answers as typed, by id (unknown ids are ignored), and the cells
     * they revealed, which stand as our values and earn nothing.
     *
     * @param student who worked it, for reports; {@code source} names the sheet in a gradebook
     */
    public SheetMarks mark(String student, String source, Map<String, String> typed, Set<String> revealed) {
        if (revealed.isEmpty() && typed.values().stream().allMatch(String::isBlank)) {
            return blank().by(student, source); // a sheet nobody has touched is marked the same every time
        }
        List<Answer> answers = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String id : asked.keySet()) {
            String text = revealed.contains(id) ? keyValue(id).orElse("") : typed.getOrDefault(id, "");
            values.put(id, text);
            answers.add(new Answer(id, NumberReading.read(text), 0));
        }
        Submission submission = new Submission(source, student, "", answers, List.of());
        CheckResult result = checker.check(submission);
        return SheetMarks.of(result, values, revealed, problem);
    }

    /** The marks of a sheet nobody has touched, made once. */
    private SheetMarks blank() {
        SheetMarks marks = blank;
        if (marks == null) {
            Map<String, String> none = new LinkedHashMap<>();
            asked.keySet().forEach(id -> none.put(id, ""));
            List<Answer> answers = none.keySet().stream().map(id -> new Answer(id, NumberReading.read(""), 0)).toList();
            marks = SheetMarks.of(checker.check(new Submission("", "", "", answers, List.of())), none, Set.of(), problem);
            blank = marks;
        }
        return marks;
    }
}
