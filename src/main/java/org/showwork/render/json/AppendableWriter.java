package org.showwork.render.json;

import java.nio.CharBuffer;
import java.io.IOException;
import java.io.Writer;

/** Lets Jackson write to any Appendable (a StringBuilder in tests, a PrintWriter in the CLI). */
final class AppendableWriter extends Writer {

    private final Appendable out;

    private AppendableWriter(Appendable out) {
        this.out = out;
    }

    /** The appendable itself when it is a Writer already. */
    static Writer of(Appendable out) {
        return out instanceof Writer w ? w : new AppendableWriter(out);
    }

    @Override public void write(char[] buffer, int offset, int length) throws IOException {
        out.append(CharBuffer.wrap(buffer, offset, length));
    }

    @Override public void flush() { }

    @Override public void close() { }
}
