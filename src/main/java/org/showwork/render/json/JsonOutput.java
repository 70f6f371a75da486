package org.showwork.render.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * Where every JSON contract is written from: one generator set up the same way for all of them
 * (decimals written plainly, pretty-printed, the target left open).
 */
final class JsonOutput {
    private JsonOutput() {}

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** Writes one JSON document with {@code body}, then a new line. */
    static void json(Appendable out, JsonBody body) throws IOException {
        try (JsonGenerator json = generator(AppendableWriter.of(out))) {
            body.write(json);
        }
        out.append('\n');
    }

    /** A generator for several JSON documents, or one written piece by piece. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        return json;
    }

    /** What a JSON document holds. */
    interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }
}
