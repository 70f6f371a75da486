package org.showwork.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.showwork.problem.CsvLines;
import org.showwork.problem.ProblemException;

/**
 * A generated class's {@code index.csv}: one row per variant — its number, the student's id and
 * name, the variant's code and the student's folder — written by {@code generate} and read back by
 * {@code check} to find the problem of the variant a worksheet names.
 */
public record ClassIndex(Path folder, List<Entry> entries) {

    public static final String HEADER = "number,id,name,code,folder";

    public ClassIndex {
        entries = List.copyOf(entries);
    }

    /** One variant of the class. */
    public record Entry(int number, String id, String name, String code, String folder) {}

    /** The index of the variants, as {@code generate} writes it. */
    public static String csv(List<Variant> variants) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Variant v : variants) {
            csv.append(v.number()).append(',').append(field(v.student().id())).append(',')
                    .append(field(v.student().name())).append(',').append(v.code()).append(',')
                    .append(field(v.student().folder())).append('\n');
        }
        return csv.toString();
    }

    /** Whether {@code folder} is a generated class (it holds an index). */
    public static boolean isClass(Path folder) {
        return Files.isRegularFile(folder.resolve(ClassLayout.INDEX));
    }

    public static ClassIndex read(Path folder) throws ProblemException {
        Path file = folder.resolve(ClassLayout.INDEX);
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProblemException(name + ": no such file; a class made by showwork generate has one");
        } catch (IOException e) {
            throw new ProblemException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        List<CsvLines.Line> lines = CsvLines.split(text, name);
        if (lines.isEmpty() || !String.join(",", lines.get(0).fields()).strip().equals(HEADER)) {
            throw ProblemException.at(name, lines.isEmpty() ? 0 : lines.get(0).number(), 0, "the header",
                    "a class's index begins with the row " + HEADER);
        }
        List<Entry> entries = new ArrayList<>();
        for (CsvLines.Line row : lines.subList(1, lines.size())) {
            List<String> f = row.fields();
            if (f.size() != 5 || !f.get(0).strip().matches("\\d{1,9}")) {
                throw ProblemException.at(name, row.number(), 0, null, "expected number,id,name,code,folder");
            }
            entries.add(new Entry(Integer.parseInt(f.get(0).strip()), f.get(1).strip(), f.get(2).strip(),
                    f.get(3).strip().toUpperCase(Locale.ROOT), f.get(4).strip()));
        }
        return new ClassIndex(folder, entries);
    }

    /** The variant with this code (as students copy it: any case, spaces around it ignored). */
    public Optional<Entry> byCode(String code) {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return entries.stream().filter(e -> e.code().equals(wanted)).findFirst();
    }

    /** The problem file of a variant. */
    public Path problem(Entry entry) {
        return folder.resolve(entry.folder()).resolve(ClassLayout.PROBLEM);
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.startsWith(" ")
                || value.endsWith(" ")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
