package org.showwork.render.lms;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The answer fields a question's text places, in the order it places them: given to the HTML
 * writer as its blank, it writes a field where a blank first appears and records it, so that the
 * quiz scores exactly the fields its students see (a worksheet leaves out some of the quantities
 * its selection names, such as the boundaries of steps it does not show). A blank that appears
 * again is written as its label alone.
 */
public final class PlacedBlanks implements Function<String, String> {

    private final Function<String, String> field;
    private final Function<String, String> again;
    private final Set<String> placed = new LinkedHashSet<>();

    /**
     * @param field the markup of a blank's answer field, from its label
     * @param again the markup of a blank placed before
     */
    public PlacedBlanks(Function<String, String> field, Function<String, String> again) {
        this.field = field;
        this.again = again;
    }

    @Override
    public String apply(String label) {
        return placed.add(label) ? field.apply(label) : again.apply(label);
    }

    /** The labels of the fields placed so far, in order. */
    public List<String> labels() {
        return List.copyOf(placed);
    }
}
