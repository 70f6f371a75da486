package org.showwork.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.problem.ProblemException;

/** A class's folder, whole or not at all, when another run gets there first. */
class ClassFolderTest {

    @TempDir
    Path dir;

    private Stream<String> names() throws Exception {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    @Test
    void aRunThatFindsTheFolderFilledMeanwhileSaysSoAndLeavesTheOtherRunsFolderAlone() throws Exception {
        Path target = dir.resolve("class");
        // the other run finishes while this one is writing: its folder is in place before this one's move
        assertThatThrownBy(() -> ClassFolder.write(target, mine -> {
            Files.writeString(mine.resolve("index.csv"), "mine");
            Files.createDirectory(target);
            Files.writeString(target.resolve("index.csv"), "theirs");
        })).isInstanceOf(ProblemException.class).hasMessage(target + ": the folder exists and holds other files; "
                + "name a new folder (or an empty one), so that nothing in it is overwritten");
        assertThat(Files.readString(target.resolve("index.csv"))).isEqualTo("theirs");
        assertThat(names()).containsExactly("class");   // no hidden folder left behind
    }

    @Test
    void anEmptyFolderMadeMeanwhileIsFilled() throws Exception {
        Path target = dir.resolve("class");
        ClassFolder.write(target, mine -> {
            Files.writeString(mine.resolve("index.csv"), "mine");
            Files.createDirectory(target);
        });
        assertThat(Files.readString(target.resolve("index.csv"))).isEqualTo("mine");
        assertThat(names()).containsExactly("class");
    }
}
