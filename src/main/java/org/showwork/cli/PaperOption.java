package org.showwork.cli;

import java.util.Locale;
import org.showwork.render.pdf.Paper;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --paper a4|letter}: the paper of a PDF. A picocli mixin, the same in every command. */
final class PaperOption {

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", converter = PaperConverter.class,
            description = "The paper of a PDF: a4 or letter (default: ${DEFAULT-VALUE}).")
    Paper paper;

    /** Reads a paper's name in any case. */
    static final class PaperConverter implements ITypeConverter<Paper> {
        @Override
        public Paper convert(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "a4" -> Paper.A4;
                case "letter" -> Paper.LETTER;
                default -> throw new TypeConversionException("use a4 or letter, not '" + name + "'");
            };
        }
    }
}
