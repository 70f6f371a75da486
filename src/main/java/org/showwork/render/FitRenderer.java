package org.showwork.render;

import java.io.IOException;
import org.showwork.fit.Fit;

/** Writes a fit as a document of one format. Like {@link Renderer}, it only reads; the fit is already computed. */
public interface FitRenderer {

    void render(Fit fit, Appendable out) throws IOException;
}
