package org.showwork.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.showwork.check.CheckTarget;
import org.showwork.check.ClassVariant;
import org.showwork.check.Flag;
import org.showwork.check.Targets;
import org.showwork.exercise.ClassIndex;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;

/**
 * Reads what {@code check} marks against: the one problem named, or — when a class made by
 * {@code showwork generate} is named instead — every variant its {@code index.csv} lists, each
 * problem read and traced once, handed to the marking as plain data (code, student, target).
 */
final class CheckTargets {
    private CheckTargets() {}

    /** Makes the target of a problem (the command's marking scheme, its asked quantities, the checker). */
    interface Maker {
        CheckTarget of(Problem problem) throws Exception;
    }

    /**
     * @param problemOrClass a problem file, or a class's folder (it holds {@code index.csv})
     * @param variant        {@code --variant}: the code every submission is marked as, or null
     */
    static Targets of(Path problemOrClass, String variant, Maker maker) throws Exception {
        if (!Files.isDirectory(problemOrClass)) {
            if (variant != null) {
                throw new UserException("--variant picks a variant of a class made by showwork generate: name the class's "
                        + "folder instead of " + problemOrClass);
            }
            return Targets.single(maker.of(ProblemReader.read(problemOrClass)));
        }
        if (!ClassIndex.isClass(problemOrClass)) {
            throw new UserException(problemOrClass + ": is a folder but not a class made by showwork generate (it "
                    + "has no index.csv); name a problem file, or a class's folder");
        }
        ClassIndex index = ClassIndex.read(problemOrClass);
        Path indexFile = problemOrClass.resolve("index.csv");
        if (index.entries().isEmpty()) {
            throw new UserException(indexFile + ": lists no variants");
        }
        if (variant != null && index.byCode(variant).isEmpty()) {
            throw new UserException("--variant " + variant + ": " + indexFile + " has no variant of that code");
        }
        List<ClassVariant> variants = new ArrayList<>();
        for (ClassIndex.Entry entry : index.entries()) {
            variants.add(new ClassVariant(entry.code(), new Flag.Owner(entry.name(), entry.id()),
                    maker.of(ProblemReader.read(index.problem(entry)))));
        }
        return Targets.ofClass(variants, variant, indexFile.toString());
    }
}
