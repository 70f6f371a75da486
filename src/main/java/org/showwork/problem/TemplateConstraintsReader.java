package org.showwork.problem;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a template's {@code constraints:} section: the default conditions switched on or off, the
 * probability margin, and the template's own conditions kept as text with their position (they are
 * read into conditions where a trace can evaluate them). Mistakes are reported like the rest of the
 * template's, with file, line, column and key.
 */
final class TemplateConstraintsReader {

    static final List<String> CONSTRAINT_KEYS = List.of("probability_margin", "distinct_samples", "both_labels",
            "boundary_inside", "shown_decimals", "require");

    private final String file;

    private TemplateConstraintsReader(String file) {
        this.file = file;
    }

    /** The constraints the entry {@code constraints:} of the template {@code file} states. */
    static TemplateConstraints read(String file, YamlNode.Entry entry) throws ProblemException {
        return new TemplateConstraintsReader(file).constraints(entry);
    }

    private TemplateConstraints constraints(YamlNode.Entry entry) throws ProblemException {
        if (!(entry.value() instanceof YamlNode.Mapping m)) {
            throw at(entry, TemplateReader.CONSTRAINTS, "constraints is a mapping, e.g. {probability_margin: 0.01, "
                    + "require: [\"grad_w > 0\"]}");
        }
        TemplateConstraints defaults = TemplateConstraints.defaults();
        BigDecimal margin = defaults.probabilityMargin();
        boolean distinct = defaults.distinctSamples();
        boolean bothLabels = defaults.bothLabels();
        boolean boundary = defaults.boundaryInside();
        boolean shown = defaults.shownDecimals();
        List<TemplateConstraints.Requirement> requirements = new ArrayList<>();
        for (YamlNode.Entry e : m.entries().values()) {
            String where = TemplateReader.CONSTRAINTS + "." + e.key();
            switch (e.key()) {
                case "probability_margin" -> margin = probabilityMargin(e, where);
                case "distinct_samples" -> distinct = flag(e, where);
                case "both_labels" -> bothLabels = flag(e, where);
                case "boundary_inside" -> boundary = flag(e, where);
                case "shown_decimals" -> shown = flag(e, where);
                case "require" -> requirements.addAll(requirements(e, where));
                default -> throw at(e, where, "unknown constraint '" + e.key() + "'"
                        + Spelling.nearest(e.key(), CONSTRAINT_KEYS).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; the constraints are " + String.join(", ", CONSTRAINT_KEYS)));
            }
        }
        return new TemplateConstraints(margin, distinct, bothLabels, boundary, shown, requirements);
    }

    private BigDecimal probabilityMargin(YamlNode.Entry e, String where) throws ProblemException {
        BigDecimal margin = ProblemReader.number(file, e.value(), where);
        if (margin.signum() < 0 || margin.compareTo(new BigDecimal("0.5")) >= 0) {
            throw at(e, where, "probability_margin is a distance from 0 and from 1, at least 0 (no "
                    + "condition) and below 0.5, got " + margin.toPlainString());
        }
        return margin;
    }

    /** require: one condition, or a list of them, each as text. */
    private List<TemplateConstraints.Requirement> requirements(YamlNode.Entry e, String where) throws ProblemException {
        List<TemplateConstraints.Requirement> requirements = new ArrayList<>();
        List<YamlNode> items = e.value() instanceof YamlNode.Sequence s ? s.items() : List.of(e.value());
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s) || s.token() == JsonToken.VALUE_NULL || s.text().isBlank()) {
                throw ProblemException.at(file, item.line(), item.column(), where, "require lists conditions as "
                        + "text, e.g. require: [\"grad_w > 0\", \"0.2 <= p[3] <= 0.8\"]");
            }
            requirements.add(new TemplateConstraints.Requirement(s.text().strip(), file, s.line(), s.column()));
        }
        return requirements;
    }

    private boolean flag(YamlNode.Entry e, String where) throws ProblemException {
        if (e.value() instanceof YamlNode.Scalar s) {
            if (s.token() == JsonToken.VALUE_TRUE) {
                return true;
            }
            if (s.token() == JsonToken.VALUE_FALSE) {
                return false;
            }
        }
        throw at(e, where, e.key() + " is true or false");
    }

    private ProblemException at(YamlNode.Entry entry, String where, String what) {
        return ProblemException.at(file, entry.line(), entry.column(), where, what);
    }
}
