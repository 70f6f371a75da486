package org.showwork.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.showwork.check.Flag;
import org.showwork.check.Mark;
import org.showwork.check.MisconceptionPattern;
import org.showwork.check.NumberSpelling;
import org.showwork.check.Remark;
import org.showwork.check.Written;
import org.showwork.quantity.QuantityId;

/**
 * The keys that marking within a class adds to the check contract (see the README): a report's and
 * a summary row's {@code flags}, a report's {@code patterns}, and, on a verdict, {@code reading},
 * {@code other_variant} and {@code pattern}. Additions only: nothing of the older contract changes.
 */
final class CheckJsonFindings {
    private CheckJsonFindings() {}

    static void flags(JsonGenerator json, List<Flag> flags, int d) throws IOException {
        json.writeArrayFieldStart("flags");
        for (Flag flag : flags) {
            json.writeStartObject();
            json.writeStringField("flag", flag.code());
            if (flag instanceof Flag.OtherVariant o) {
                json.writeStringField("variant", o.variant());
                owner(json, "owner", o.owner());
                json.writeStringField("own_variant", o.ownVariant());
                json.writeNumberField("values", o.values());
                json.writeNumberField("marked", o.marked());
                json.writeArrayFieldStart("ids");
                for (QuantityId id : o.ids()) {
                    json.writeString(id.toString(d));
                }
                json.writeEndArray();
                evidence(json, o, d);
            } else if (flag instanceof Flag.SwappedVariant s) {
                json.writeStringField("variant", s.variant());
                owner(json, "owner", s.owner());
                owner(json, "named", s.header());
            } else if (flag instanceof Flag.SharedCode c) {
                json.writeStringField("variant", c.variant());
                json.writeArrayFieldStart("others");
                for (Flag.HandIn h : c.others()) {
                    json.writeStartObject();
                    json.writeStringField("student", h.student());
                    json.writeStringField("submission", h.source());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeStringField("explanation", flag.sentence(d));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void evidence(JsonGenerator json, Flag.OtherVariant o, int d) throws IOException {
        json.writeArrayFieldStart("examples");
        for (Flag.Evidence e : o.examples()) {
            json.writeStartObject();
            json.writeStringField("id", e.id().toString(d));
            json.writeStringField("given", e.written());
            json.writeFieldName("theirs");
            number(json, e.theirs());
            json.writeBooleanField("from_key", e.fromKey());
            json.writeFieldName("ours");
            number(json, e.ours());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void owner(JsonGenerator json, String field, Flag.Owner owner) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("name", owner.name());
        json.writeStringField("id", owner.id());
        json.writeEndObject();
    }

    static void patterns(JsonGenerator json, List<MisconceptionPattern> patterns, int d) throws IOException {
        json.writeArrayFieldStart("patterns");
        for (MisconceptionPattern p : patterns) {
            json.writeStartObject();
            json.writeStringField("diagnosis", p.mistake().code());
            json.writeStringField("kind", p.kind().id());
            json.writeNumberField("iteration", p.iteration());
            json.writeArrayFieldStart("ids");
            for (QuantityId id : p.ids()) {
                json.writeString(id.toString(d));
            }
            json.writeEndArray();
            json.writeNumberField("of", p.of());
            json.writeBooleanField("counted_once", p.countedOnce());
            json.writeStringField("explanation", p.mistake().description() + ", " + p.extent());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A verdict's added keys, each only when it applies. */
    static void verdict(JsonGenerator json, Mark mark, int d) throws IOException {
        if (mark.written() instanceof Written.Value v && !v.spellings().isEmpty()) {
            json.writeArrayFieldStart("reading");
            for (NumberSpelling s : v.spellings().stream().sorted().toList()) {
                json.writeString(s.code());
            }
            json.writeEndArray();
            json.writeStringField("reading_note", v.reading());
        } else if (mark.written() instanceof Written.Unreadable u && !u.reason().isEmpty()) {
            json.writeStringField("reading_note", u.reason());
        }
        var other = mark.remark(Remark.OtherVariant.class);
        if (other.isPresent()) {
            json.writeObjectFieldStart("other_variant");
            json.writeStringField("variant", other.get().variant());
            json.writeStringField("verdict_as_own", other.get().asOwn().word());
            json.writeBooleanField("direct", other.get().direct());
            json.writeBooleanField("follow_through_denied", other.get().denied());
            json.writeEndObject();
        }
        var repeated = mark.remark(Remark.Repeated.class);
        if (repeated.isPresent()) {
            json.writeObjectFieldStart("pattern");
            json.writeStringField("diagnosis", repeated.get().mistake().code());
            json.writeStringField("first", repeated.get().first().toString(d));
            json.writeBooleanField("counted_once", repeated.get().countedOnce());
            json.writeEndObject();
        }
    }

    private static void number(JsonGenerator json, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeString("Infinity");
        } else {
            json.writeNumber(value);
        }
    }
}
