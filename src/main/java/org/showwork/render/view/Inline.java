package org.showwork.render.view;

import org.showwork.formula.UnicodeWriter;
import java.util.ArrayList;
import java.util.List;
import org.showwork.formula.Expr;

/**
 * A piece of running text in a document, in no format yet: words, a formula mentioned inline
 * (ŷ − y), or a calculation with numbers (2.197·1 − 6.593 = −4.396). Each format decides how to
 * write each piece.
 */
public sealed interface Inline {

    /** Words, written as they are (escaped as the format needs). */
    record Text(String text) implements Inline {}

    /** Words to stress. */
    record Strong(String text) implements Inline {}

    /** A formula in symbols, mentioned within a sentence. */
    record Math(Expr formula) implements Inline {}

    /** A calculation with numbers; plain formats write it as text, typeset formats as math. */
    record Calc(Expr formula) implements Inline {}

    /** A blank of a worksheet, for the student's value of the quantity with this id. */
    record Blank(String id) implements Inline {}

    /** The run as plain text (for alt texts, titles and captions outside markup). */
    static String plain(List<Inline> run) {
        UnicodeWriter unicode = new UnicodeWriter();
        StringBuilder s = new StringBuilder();
        for (Inline piece : run) {
            if (piece instanceof Text t) {
                s.append(t.text());
            } else if (piece instanceof Strong strong) {
                s.append(strong.text());
            } else if (piece instanceof Math m) {
                s.append(unicode.write(m.formula()));
            } else if (piece instanceof Calc c) {
                s.append(unicode.write(c.formula()));
            } else if (piece instanceof Blank b) {
                s.append('[').append(b.id()).append(']');
            }
        }
        return s.toString();
    }

    /** Builds a run of text from strings, formulas and other inlines, for concise view code. */
    static List<Inline> of(Object... parts) {
        List<Inline> run = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Inline inline) {
                run.add(inline);
            } else if (part instanceof Expr e) {
                run.add(new Math(e));
            } else if (part instanceof List<?> list) {
                for (Object o : list) {
                    run.add((Inline) o);
                }
            } else {
                run.add(new Text(String.valueOf(part)));
            }
        }
        return List.copyOf(run);
    }
}
