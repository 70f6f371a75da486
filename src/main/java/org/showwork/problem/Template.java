package org.showwork.problem;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A problem file in which given values may be drawn instead of stated — a number from a range, a
 * choice from a list, a set of samples — with constraints every variant must meet. Drawing turns it
 * into a problem (and the text of that problem's own file); the same generator state always gives
 * the same problem, because the draws are made in the order the file lists them (see the README).
 */
public final class Template {

    private final String source;
    private final String title;
    private final Draw root;
    private final TemplateConstraints constraints;

    Template(String source, String title, Draw root, TemplateConstraints constraints) {
        this.source = source;
        this.title = title;
        this.root = root;
        this.constraints = constraints;
    }

    /** A variant's problem, and the text of its problem file, which reads back as the same problem. */
    public static final class Drawn {
        private final Problem problem;
        private final YamlNode.Mapping tree;

        Drawn(Problem problem, YamlNode.Mapping tree) {
            this.problem = problem;
            this.tree = tree;
        }

        public Problem problem() {
            return problem;
        }

        /** The problem file, without comments; written when asked for, as most draws are rejected. */
        public String yaml() {
            return ProblemYaml.write(tree);
        }
    }

    /** The template's file, as named to showwork. */
    public String source() {
        return source;
    }

    /** The title, when the template states one (rather than drawing it); else empty. */
    public String title() {
        return title;
    }

    public TemplateConstraints constraints() {
        return constraints;
    }

    /**
     * Draws one variant from {@code random}, named {@code name} (its problem file's name). A drawn
     * value the problem cannot take (say a negative learning rate) is reported at the template's
     * line and column.
     */
    public Drawn draw(RandomGenerator random, String name) throws ProblemException {
        YamlNode tree = root.draw(random);
        Problem problem = ProblemReader.read(tree, source).withSource(name);
        return new Drawn(problem, (YamlNode.Mapping) tree);
    }
}
