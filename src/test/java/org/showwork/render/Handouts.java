package org.showwork.render;

import java.nio.file.Path;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;

/** The worked examples the handout tests render. */
public final class Handouts {
    private Handouts() {}

    public static Trace trace(String example) throws Exception {
        return Tracer.trace(ProblemReader.read(Path.of("worked-examples", example + ".yaml")));
    }
}
