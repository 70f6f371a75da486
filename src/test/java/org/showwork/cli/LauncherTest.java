package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher's choice of Java where it can be checked without building: a SHOWWORK_JAVA or
 * JAVA_HOME that holds no Java is said in one line naming the variable, before anything is built.
 */
class LauncherTest {

    @Test
    void showworkJavaWithoutAJava() throws Exception {
        Result r = launch(Map.of("SHOWWORK_JAVA", "/nonexistent/bin/java"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("showwork: there is no Java at /nonexistent/bin/java (from SHOWWORK_JAVA)\n");
    }

    @Test
    void javaHomeWithoutAJava() throws Exception {
        Result r = launch(Map.of("JAVA_HOME", "/nonexistent"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("showwork: there is no Java at /nonexistent/bin/java (from JAVA_HOME)\n");
    }

    private record Result(int code, String err) {}

    private static Result launch(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("showwork").toAbsolutePath().toString(), "--version");
        builder.environment().remove("SHOWWORK_JAVA");
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(env);
        Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), err);
    }
}
