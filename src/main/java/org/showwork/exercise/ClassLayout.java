package org.showwork.exercise;

/**
 * The names of the files in a generated class's folder: for the lecturer an index and a booklet
 * of answer keys at the top; for each student a folder named after their id (see
 * {@link Student#folder()}) with the variant's problem file, worksheet and answer key.
 */
public final class ClassLayout {
    private ClassLayout() {}

    /** One row per variant: number, id, name, code, folder. */
    public static final String INDEX = "index.csv";
    /** Every variant's answer key in one document, before the extension of its format. */
    public static final String BOOKLET = "answer-keys";
    public static final String PROBLEM = "problem.yaml";
    /** A student's worksheet, before the extension of its format. */
    public static final String WORKSHEET = "worksheet";
    /** A student's answer key, before the extension of its format. */
    public static final String KEY = "key";

    /** The variant's problem file, relative to the class's folder; also the name its documents give as their source. */
    public static String problemPath(Student student) {
        return student.folder() + "/" + PROBLEM;
    }
}
