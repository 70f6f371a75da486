package org.showwork.check;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.showwork.quantity.QuantityId;

/**
 * A class's results, gathered one checked submission at a time and then forgotten, so that memory
 * holds a row of points per student and a few counts, however large the class: the gradebook
 * (one row per student, the total and the points of each asked quantity), how often each quantity
 * got each verdict, and how often each mistake was made, by how many students, where.
 */
public final class ClassSummary {

    /** One student's row of the gradebook; {@code points} in the order of {@link #asked()}. */
    public record Student(String name, String source, BigDecimal score, BigDecimal maxScore, List<BigDecimal> points,
            Map<Verdict, Integer> verdicts, List<String> notes, List<Flag> flags) {
        public Student {
            points = List.copyOf(points);
            verdicts = Map.copyOf(verdicts);
            notes = List.copyOf(notes);
            flags = List.copyOf(flags);
        }
    }

    /** How often one asked quantity got each verdict. */
    public record Step(QuantityId id, Map<Verdict, Integer> verdicts) {
        public int count(Verdict verdict) {
            return verdicts.getOrDefault(verdict, 0);
        }
    }

    /** How often a mistake was made, by how many students, and at which quantities (most frequent first). */
    public record MistakeCount(Mistake mistake, int times, int students, List<QuantityId> where) {}

    private final List<QuantityId> asked;
    private final Map<QuantityId, Integer> column = new HashMap<>();
    private final List<Student> students = new ArrayList<>();
    private final Map<QuantityId, Map<Verdict, Integer>> steps = new LinkedHashMap<>();
    private final Map<Mistake, int[]> mistakeCounts = new EnumMap<>(Mistake.class);
    private final Map<Mistake, Map<QuantityId, Integer>> mistakePlaces = new EnumMap<>(Mistake.class);

    public ClassSummary(List<QuantityId> asked) {
        this.asked = List.copyOf(asked);
        for (int k = 0; k < asked.size(); k++) {
            column.put(asked.get(k), k);
            steps.put(asked.get(k), new EnumMap<>(Verdict.class));
        }
    }

    public List<QuantityId> asked() {
        return asked;
    }

    public void add(CheckResult result) {
        List<BigDecimal> points = new ArrayList<>(Collections.nCopies(asked.size(), BigDecimal.ZERO));
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Set<Mistake> made = new HashSet<>();
        for (Mark mark : result.marks()) {
            Integer k = column.get(mark.id());
            if (k != null) {
                points.set(k, mark.points());
                steps.get(mark.id()).merge(mark.verdict(), 1, Integer::sum);
            }
            verdicts.merge(mark.verdict(), 1, Integer::sum);
            if (mark.diagnosis() != null) {
                Mistake mistake = mark.diagnosis().mistake();
                mistakeCounts.computeIfAbsent(mistake, m -> new int[2])[0]++;
                if (made.add(mistake)) {
                    mistakeCounts.get(mistake)[1]++;
                }
                mistakePlaces.computeIfAbsent(mistake, m -> new HashMap<>()).merge(mark.id(), 1, Integer::sum);
            }
        }
        Submission s = result.submission();
        students.add(new Student(s.student(), s.source(), result.score(), result.maxScore(), points, verdicts, result.notes(),
                result.flags()));
    }

    public List<Student> students() {
        return List.copyOf(students);
    }

    /** The asked quantities, those most students got wrong first (then rounding, then missing), ties in derivation order. */
    public List<Step> hardestSteps() {
        List<Step> all = new ArrayList<>();
        steps.forEach((id, counts) -> all.add(new Step(id, Map.copyOf(counts))));
        all.sort(Comparator.comparingInt((Step s) -> -s.count(Verdict.WRONG) - s.count(Verdict.UNREADABLE))
                .thenComparingInt(s -> -s.count(Verdict.ROUNDING)).thenComparingInt(s -> -s.count(Verdict.MISSING)));
        return all;
    }

    /** The mistakes made, the most frequent first. */
    public List<MistakeCount> mistakes() {
        List<MistakeCount> all = new ArrayList<>();
        mistakeCounts.forEach((mistake, counts) -> {
            List<QuantityId> where = mistakePlaces.get(mistake).entrySet().stream()
                    .sorted(Map.Entry.<QuantityId, Integer>comparingByValue().reversed()
                            .thenComparing(e -> asked.indexOf(e.getKey())))
                    .map(Map.Entry::getKey).toList();
            all.add(new MistakeCount(mistake, counts[0], counts[1], where));
        });
        all.sort(Comparator.comparingInt((MistakeCount m) -> -m.times()).thenComparing(MistakeCount::mistake));
        return all;
    }

    /** The students with a flag, in the order they were added. */
    public List<Student> flagged() {
        return students.stream().filter(s -> !s.flags().isEmpty()).toList();
    }

    /**
     * The gradebook as CSV: student, file, score, max_score, then the points of each asked quantity,
     * then {@code flags}: the codes of the student's flags, separated by spaces (empty for most), so
     * that a spreadsheet can filter on them.
     */
    public void writeGradebook(Appendable out, int featureCount) throws IOException {
        out.append("student,file,score,max_score");
        for (QuantityId id : asked) {
            out.append(',').append(csv(id.toString(featureCount)));
        }
        out.append(",flags\n");
        for (Student s : students) {
            out.append(csv(s.name())).append(',').append(csv(s.source())).append(',').append(plain(s.score()))
                    .append(',').append(plain(s.maxScore()));
            for (BigDecimal p : s.points()) {
                out.append(',').append(plain(p));
            }
            out.append(',').append(s.flags().stream().map(Flag::code).distinct().collect(Collectors.joining(" ")));
            out.append('\n');
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String csv(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
