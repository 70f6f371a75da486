package org.showwork.exercise;

import org.showwork.quantity.BlankSelection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.showwork.problem.ProblemException;
import org.showwork.problem.Template;

/**
 * Generates a class: checks every path it will write before anything is drawn (none may be an
 * input, a quiz may not go inside the new folder), draws each student's variant, writes the
 * class's folder whole or not at all — a folder per student with the variant's problem file and
 * documents, the index and the booklet — and makes the quiz files, which the caller writes.
 *
 * @param inputs the files the class is made from (template, roster), which nothing may overwrite
 * @param blank  what the worksheets and quizzes leave blank, as for {@code derive --worksheet}
 * @param folder the class's folder, or {@code null} for quizzes alone
 */
public record ClassGeneration(Template template, String seed, List<Student> students, List<Path> inputs,
        String blank, Path folder) {

    /** The variants drawn, and each quiz's bytes by the file it goes to. */
    public record Result(List<Variant> variants, Map<Path, byte[]> exports) {}

    public <S> Result generate(ClassDocuments<S> documents, List<ClassDocuments.Export<S>> exports) throws Exception {
        checkOutputs(exports);
        VariantGenerator generator = VariantGenerator.of(template, seed);
        // the first variant says how many features there are, which the blanks' ids need: a mistake there shows at once
        int d = generator.variant(1, students.get(0)).problem().featureCount();
        BlankSelection blanks = BlankSelection.parse(blank, d).orElseThrow(() -> new ProblemException("--blank "
                + blank + ": use quantity names, ids such as p[4] or t2:cost, or " + String.join(", ", BlankSelection.names())));
        List<Variant> variants = generator.variants(students);
        List<S> laidOut = InOrder.map(variants.size(), k -> documents.layOut(variants.get(k), blanks));
        Map<Path, byte[]> quizzes = new LinkedHashMap<>();
        for (ClassDocuments.Export<S> export : exports) {
            quizzes.put(export.file(), export.write(laidOut));
        }
        if (folder != null) {
            ClassFolder.write(folder, f -> writeClass(f, variants, laidOut, documents));
        }
        return new Result(variants, quizzes);
    }

    private static <S> void writeClass(Path folder, List<Variant> variants, List<S> laidOut, ClassDocuments<S> documents)
            throws Exception {
        InOrder.map(variants.size(), k -> {
            Variant v = variants.get(k);
            Path own = Files.createDirectory(folder.resolve(v.student().folder()));
            Files.writeString(own.resolve(ClassLayout.PROBLEM), v.problemFile(), StandardCharsets.UTF_8);
            documents.writeVariant(laidOut.get(k), own);
            return k;
        });
        Files.writeString(folder.resolve(ClassLayout.INDEX), ClassIndex.csv(variants), StandardCharsets.UTF_8);
        documents.writeClass(laidOut, folder);
    }

    /** Every file to write: not an input, not inside the new folder, each named once, in a folder that exists. */
    private <S> void checkOutputs(List<ClassDocuments.Export<S>> exports) throws ProblemException {
        if (folder != null) {
            ClassFolder.check(folder);
        }
        List<Path> written = new ArrayList<>();
        for (ClassDocuments.Export<S> export : exports) {
            Path file = export.file();
            Path absolute = file.toAbsolutePath().normalize();
            if (folder != null && absolute.startsWith(folder.toAbsolutePath().normalize())) {
                throw new ProblemException(file + ": a quiz cannot go inside the class's folder " + folder
                        + ", which must be new; write it beside the folder");
            }
            Path parent = absolute.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new ProblemException(file + ": the folder " + parent + " does not exist");
            }
            if (Files.isDirectory(absolute)) {
                throw new ProblemException(file + ": is a folder; name the quiz file to write");
            }
            for (Path input : inputs) {
                if (sameFile(absolute, input)) {
                    throw new ProblemException(file + ": is " + input + ", which the class is made from; name "
                            + "another file for the quiz, so that the input is not overwritten");
                }
            }
            for (Path other : written) {
                if (sameFile(absolute, other) || absolute.equals(other)) {
                    throw new ProblemException(file + ": is named for two quizzes; give each its own file");
                }
            }
            written.add(absolute);
        }
    }

    /** Whether two paths name one file, through links too (a file that does not exist yet is no input). */
    private static boolean sameFile(Path a, Path b) throws ProblemException {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new ProblemException(a + ": cannot be compared with " + b + " (" + e.getMessage() + ")");
        }
    }
}
