package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code showwork serve}'s mistakes: one message, exit code 2, before anything is served. */
class ServeCommandTest {

    @TempDir
    Path folder;

    @Test
    void aShortTeacherTokenIsRefused() {
        CommandRun run = CommandRun.of("serve", "--teacher-token", "abc", "--data", folder.resolve("d").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--teacher-token: use at least 12 characters");
        assertThat(folder.resolve("d")).doesNotExist();
    }

    @Test
    void aMissingProblemFolderOrClassIsNamed() throws Exception {
        CommandRun run = CommandRun.of("serve", "--port", "0", "--problems", folder.resolve("nowhere").toString(),
                "--data", folder.resolve("d").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere: no such folder of problems");
        Files.createDirectories(folder.resolve("class"));
        CommandRun klass = CommandRun.of("serve", "--port", "0", "--class", folder.resolve("class").toString(),
                "--data", folder.resolve("d").toString());
        assertThat(klass.code()).isEqualTo(2);
        assertThat(klass.err()).contains("index.csv: no such file");
    }

    @Test
    void aPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CommandRun run = CommandRun.of("serve", "--port", String.valueOf(taken.getLocalPort()), "--data",
                    folder.resolve("d").toString(), "--problems", "worked-examples");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains(taken.getLocalPort() + ": cannot listen there");
        }
    }

    @Test
    void aClassIndexPointingOutsideItsFolderIsRefused() throws Exception {
        Path klass = Files.createDirectories(folder.resolve("class"));
        Files.writeString(klass.resolve("index.csv"), "number,id,name,code,folder\n1,s1,Ann,ABC123,../../etc\n");
        CommandRun run = CommandRun.of("serve", "--port", "0", "--class", klass.toString(), "--data",
                folder.resolve("d").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("lies outside the class's folder");
    }
}
