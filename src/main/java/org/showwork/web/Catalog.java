package org.showwork.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.showwork.exercise.ClassIndex;
import org.showwork.exercise.ClassLayout;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemException;
import org.showwork.problem.ProblemReader;
import org.showwork.problem.TextFile;
import org.showwork.web.sheet.Workbook;

/**
 * What a server serves, fixed when it starts: the problem files of the problem folders (each by a
 * short name made from its file name), and the classes made by {@code generate}, each student's
 * variant found through the class's index. A URL only ever picks an entry of these lists by name;
 * no path is built from what a request says, and every file a class's index points at must lie
 * inside the class's folder.
 */
public final class Catalog {

    /** A problem file served for practice and for the lecturer's problem page. */
    public record ServedProblem(String name, String title, String file, String yaml, Problem problem) {}

    /** A class made by generate. */
    public record ServedClass(String name, Path folder, ClassIndex index) {
        public Optional<ClassIndex.Entry> student(String id) {
            return index.entries().stream().filter(e -> e.id().equals(id)).findFirst();
        }

        public String title() {
            return folder.getFileName().toString();
        }
    }

    private final Map<String, ServedProblem> problems;
    private final Map<String, ServedClass> classes;
    private final Map<String, Workbook> workbooks = new ConcurrentHashMap<>();

    private Catalog(Map<String, ServedProblem> problems, Map<String, ServedClass> classes) {
        this.problems = problems;
        this.classes = classes;
    }

    /**
     * Reads the problem files of {@code problemFolders} (a file that is not a problem, such as a template,
     * is skipped with a warning) and the classes; a class whose index cannot be read is an error.
     */
    public static Catalog load(List<Path> problemFolders, List<ServedProblem> builtIn, List<Path> classFolders,
            List<String> warnings) throws ProblemException {
        Map<String, ServedProblem> problems = new LinkedHashMap<>();
        builtIn.forEach(p -> problems.put(unique(p.name(), problems), p));
        for (Path folder : problemFolders) {
            if (!Files.isDirectory(folder)) {
                throw new ProblemException(folder + ": no such folder of problems");
            }
            for (Path file : yamlFiles(folder)) {
                try {
                    String yaml = TextFile.read(file);
                    Problem problem = ProblemReader.read(yaml, file.getFileName().toString());
                    String name = unique(slug(file.getFileName().toString()), problems);
                    problems.put(name, new ServedProblem(name, titleOf(problem, file), file.toString(), yaml, problem));
                } catch (ProblemException e) {
                    warnings.add("not served: " + e.getMessage());
                }
            }
        }
        Map<String, ServedClass> classes = new LinkedHashMap<>();
        for (Path folder : classFolders) {
            Path absolute = folder.toAbsolutePath().normalize();
            ClassIndex index = ClassIndex.read(absolute);
            for (ClassIndex.Entry entry : index.entries()) {
                inside(absolute, index.problem(entry));
            }
            String name = unique(slug(absolute.getFileName().toString()), classes);
            classes.put(name, new ServedClass(name, absolute, index));
        }
        return new Catalog(problems, classes);
    }

    public List<ServedProblem> problems() {
        return List.copyOf(problems.values());
    }

    public List<ServedClass> classes() {
        return List.copyOf(classes.values());
    }

    public Optional<ServedProblem> problem(String name) {
        return Optional.ofNullable(problems.get(name));
    }

    public Optional<ServedClass> served(String name) {
        return Optional.ofNullable(classes.get(name));
    }

    /** The workbook of a served problem, made once. */
    public Workbook workbook(ServedProblem problem) {
        return workbooks.computeIfAbsent("p:" + problem.name(), k -> Workbook.of(problem.problem()));
    }

    /** The workbook of a student's variant, read from the class's folder once. */
    public Workbook workbook(ServedClass served, ClassIndex.Entry entry) throws ProblemException {
        String key = "c:" + served.name() + ":" + entry.id();
        Workbook known = workbooks.get(key);
        if (known != null) {
            return known;
        }
        Path file = inside(served.folder(), served.index().problem(entry));
        Problem problem = ProblemReader.read(TextFile.read(file), served.title() + "/" + ClassLayout.PROBLEM);
        Workbook made = Workbook.of(problem);
        workbooks.putIfAbsent(key, made);
        return made;
    }

    /** {@code file}, when it lies inside {@code folder} (after resolving links); else the mistake, naming both. */
    static Path inside(Path folder, Path file) throws ProblemException {
        Path normal = file.toAbsolutePath().normalize();
        try {
            Path root = folder.toRealPath();
            Path real = Files.exists(normal) ? normal.toRealPath() : normal;
            if (!normal.startsWith(folder.toAbsolutePath().normalize()) || !real.startsWith(root)) {
                throw new ProblemException(file + ": lies outside the class's folder " + folder + "; not served");
            }
            return real;
        } catch (IOException e) {
            throw new ProblemException(folder + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static List<Path> yamlFiles(Path folder) throws ProblemException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            throw new ProblemException(folder + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String titleOf(Problem problem, Path file) {
        return problem.title().isBlank() ? file.getFileName().toString() : problem.title();
    }

    /** A name for URLs: lower-case letters, digits and hyphens, from a file name without its extension. */
    static String slug(String fileName) {
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "problem" : slug;
    }

    private static String unique(String name, Map<String, ?> taken) {
        String candidate = name;
        for (int k = 2; taken.containsKey(candidate); k++) {
            candidate = name + "-" + k;
        }
        return candidate;
    }
}
