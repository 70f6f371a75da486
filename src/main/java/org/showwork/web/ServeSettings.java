package org.showwork.web;

import java.nio.file.Path;
import java.util.List;

/**
 * How a server is started: where it listens, where it keeps its database, what it serves (problem
 * folders, the built-in problems, classes made by generate), the teacher token (null: the one kept in
 * the database, made on first start), and the address printed in links (null: from host and port).
 */
public record ServeSettings(String host, int port, Path data, List<Path> problemFolders,
        List<Catalog.ServedProblem> builtIn, List<Path> classFolders, String teacherToken, String publicUrl) {

    public ServeSettings {
        problemFolders = List.copyOf(problemFolders);
        builtIn = List.copyOf(builtIn);
        classFolders = List.copyOf(classFolders);
    }
}
