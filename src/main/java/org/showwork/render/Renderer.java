package org.showwork.render;

import java.io.IOException;
import org.showwork.derive.Trace;

/** Writes a trace as a document of one format. Renderers only read the trace; they never compute. */
public interface Renderer {

    void render(Trace trace, Appendable out) throws IOException;
}
