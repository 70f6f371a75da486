package org.showwork.cli;

import org.showwork.problem.Problem;
import org.showwork.quantity.BlankSelection;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A list of quantities as {@code --blank} and {@code --asked} take it: kinds, groups and ids. Its
 * converter refuses a name that is none of these at once; which ids a problem has (a feature
 * index left out, a class index) is settled when the problem is read ({@link #selection}).
 */
record BlankList(String text) {

    private static final String HINT = ": use quantity names, ids such as p[4] or t2:cost, or ";

    /** The selection for this problem's features and classes. */
    BlankSelection selection(String option, Problem problem) throws UserException {
        return BlankSelection.parse(text, problem.featureCount(), problem.classCount()).orElseThrow(() ->
                new UserException(option + " " + text + HINT + String.join(", ", BlankSelection.names())));
    }

    /** Reads a list whose every name could be a kind, a group or an id of some problem. */
    static final class Converter implements ITypeConverter<BlankList> {
        @Override
        public BlankList convert(String text) {
            // ids written for one feature or several, with a class index or without
            boolean plausible = BlankSelection.parse(text, 1).isPresent() || BlankSelection.parse(text, 2).isPresent()
                    || BlankSelection.parse(text, 1, 999).isPresent() || BlankSelection.parse(text, 2, 999).isPresent();
            if (!plausible) {
                throw new TypeConversionException("'" + text + "'" + HINT + String.join(", ", BlankSelection.names()));
            }
            return new BlankList(text);
        }
    }
}
