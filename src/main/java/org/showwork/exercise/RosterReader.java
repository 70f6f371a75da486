package org.showwork.exercise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.showwork.problem.CsvLines;
import org.showwork.problem.ProblemException;
import org.showwork.problem.TextFile;

/**
 * Reads a class roster: a CSV file whose header row names an {@code id} column and, usually, a
 * {@code name} column (in any order, any case; other columns, such as e-mail, are ignored), then
 * one student per row. Ids must be unique; each student gets a folder of their own (see
 * {@link FolderNames}). A mistake names the file, the line and the column.
 */
public final class RosterReader {

    private final String file;

    private RosterReader(String file) {
        this.file = file;
    }

    public static List<Student> read(Path path) throws ProblemException {
        String text = TextFile.read(path);
        String name = path.toString();
        return read(text, name);
    }

    public static List<Student> read(String text, String name) throws ProblemException {
        return new RosterReader(name).parse(text);
    }

    private List<Student> parse(String text) throws ProblemException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);   // a byte-order mark, as spreadsheet programs write
        }
        List<CsvLines.Line> lines = CsvLines.split(text, file);
        if (lines.isEmpty()) {
            throw new ProblemException(file + ": the roster is empty; expected a header row such as id,name and "
                    + "then one row per student");
        }
        CsvLines.Line header = lines.get(0);
        int idColumn = column(header, "id");
        int nameColumn = column(header, "name");
        if (idColumn < 0) {
            throw ProblemException.at(file, header.number(), 0, "the header", "no column is named 'id'; the roster's "
                    + "first row names its columns, e.g. id,name (other columns are ignored)");
        }
        if (lines.size() == 1) {
            throw ProblemException.at(file, header.number(), 0, null, "the roster lists no students after its header");
        }
        List<Student> students = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (CsvLines.Line row : lines.subList(1, lines.size())) {
            if (row.fields().size() != header.fields().size()) {
                throw ProblemException.at(file, row.number(), 0, null, "this row has " + row.fields().size()
                        + " value(s) but the header (line " + header.number() + ") names " + header.fields().size()
                        + " columns; every row needs one value per column (quote a value with a comma in it)");
            }
            String id = row.fields().get(idColumn).strip();
            if (id.isEmpty()) {
                throw ProblemException.at(file, row.number(), row.columns()[idColumn], "id", "the student id is missing");
            }
            Integer first = idLines.putIfAbsent(id, row.number());
            if (first != null) {
                throw ProblemException.at(file, row.number(), row.columns()[idColumn], "id", "the student id '" + id
                        + "' appears twice (first on line " + first + "); every student needs an id of their own");
            }
            students.add(new Student(id, nameColumn < 0 ? "" : row.fields().get(nameColumn).strip()));
        }
        return distinctFolders(students);
    }

    /** The first column of the header with this name, in any case, or -1. */
    private static int column(CsvLines.Line header, String name) {
        for (int k = 0; k < header.fields().size(); k++) {
            if (header.fields().get(k).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The students, each with a folder of their own on any file system: ids whose folders would
     * differ only in case or Unicode normalisation ({@code Ann} and {@code ann}) both take the
     * suffixed name, which differs for different ids.
     */
    static List<Student> distinctFolders(List<Student> students) {
        Map<String, Integer> uses = new HashMap<>();
        for (Student s : students) {
            uses.merge(FolderNames.collisionKey(s.folder()), 1, Integer::sum);
        }
        List<Student> distinct = new ArrayList<>(students.size());
        Map<String, String> taken = new HashMap<>();
        for (Student s : students) {
            String folder = uses.get(FolderNames.collisionKey(s.folder())) > 1 ? FolderNames.suffixed(s.id()) : s.folder();
            String other = taken.putIfAbsent(FolderNames.collisionKey(folder), s.id());
            if (other != null) {
                // two ids whose digests agree in 32 bits as well: about one class in a billion
                throw new IllegalStateException("the ids '" + other + "' and '" + s.id() + "' share the folder " + folder);
            }
            distinct.add(new Student(s.id(), s.name(), folder));
        }
        return distinct;
    }
}
