package org.showwork.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.showwork.cli.Main;

/**
 * Data or a C too large for double precision are the user's input to fix: {@code fit} exits with
 * code 2 and one message naming the file and the column (or C), writes nothing, and prints no
 * stack trace, in every format and with or without standardizing.
 */
class FitOverflowTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} -f {2}")
    @CsvSource({
        "'x,y\n1e300,0\n-1e300,1\n2e300,0\n-3e300,1\n5,0\n', '', md, column 'x'",
        "'x,y\n1e300,0\n-1e300,1\n2e300,0\n-3e300,1\n5,0\n', '--standardize', md, column 'x'",
        "'x,y\n1e300,0\n-1e300,1\n2e300,0\n-3e300,1\n5,0\n', '', json, column 'x'",
        "'x,y\n1e300,0\n-1e300,1\n2e300,0\n-3e300,1\n5,0\n', '--standardize', json, column 'x'",
        "'x,y\n1e300,0\n-1e300,1\n2e300,0\n-3e300,1\n5,0\n', '--penalty none', md, column 'x'",
        "'a,x,y\n1,1e308,0\n2,-1e308,1\n3,1.5e308,1\n4,-1e307,0\n', '', md, column 'x'",
        "'a,x,y\n1,1e308,0\n2,-1e308,1\n3,1.5e308,1\n4,-1e307,0\n', '--standardize', json, column 'x'",
        "'x,y\n1,0\n2,0\n3,1\n4,0\n5,1\n', '--C 1e300', md, --C 1.0E300",
        "'x,y\n1,0\n2,0\n3,1\n4,0\n5,1\n', '--C 1e300', json, --C 1.0E300",
        "'x,y\n1,0\n2,0\n3,1\n4,0\n5,1\n', '--C 1e300 --standardize', html, --C 1.0E300",
    })
    void tooLargeIsOneMessageAndExitTwo(String csv, String options, String format, String named) throws Exception {
        Path data = dir.resolve("data.csv");
        Files.writeString(data, csv);
        Path out = dir.resolve("fit." + format);
        List<String> args = new ArrayList<>(List.of("fit", data.toString(), "--label", "y", "-f", format, "-o", out.toString()));
        if (!options.isBlank()) {
            args.addAll(List.of(options.split(" ")));
        }
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("showwork: ").contains(named).doesNotContain("\n", "Exception", "\tat ");
        assertThat(err.toString()).contains(data.toString());
        assertThat(Files.exists(out)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(data);
        }
    }
}
