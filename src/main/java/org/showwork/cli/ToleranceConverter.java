package org.showwork.cli;

import org.showwork.check.Tolerance;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --tolerance} as the marking scheme writes a tolerance: shown, places:N, abs:X, rel:X or rel:N%, sig:N. */
final class ToleranceConverter implements ITypeConverter<Tolerance> {
    @Override
    public Tolerance convert(String text) {
        return Tolerance.parse(text).orElseThrow(() -> new TypeConversionException("'" + text + "': use shown, "
                + "places:N, abs:X, rel:X (or rel:N%) or sig:N, with X ≥ 0 and N a whole number"));
    }
}
