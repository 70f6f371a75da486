package org.showwork.exercise;

import org.showwork.quantity.BlankSelection;
import java.nio.file.Path;
import java.util.List;

/**
 * How a generated class's documents are made: supplied by the caller, so that exercise/ knows
 * what a class holds and where, but no document format.
 *
 * @param <S> a variant's documents laid out once (its worksheet and answer key), for every use
 */
public interface ClassDocuments<S> {

    /** Lays out one variant's documents; called once per variant, from any thread. */
    S layOut(Variant variant, BlankSelection blanks);

    /** Writes one variant's worksheet and answer key into its folder; from any thread. */
    void writeVariant(S documents, Path folder) throws Exception;

    /** Writes what the class's folder holds besides the students' folders (the booklet of answer keys). */
    void writeClass(List<S> documents, Path folder) throws Exception;

    /** A quiz file for a learning management system, made from every variant (Moodle XML, a Canvas package). */
    interface Export<S> {
        Path file();

        byte[] write(List<S> documents) throws Exception;
    }
}
