package org.showwork.exercise;

/**
 * One student of a class: an id (a roster's, or a number when variants are counted), a name
 * (empty when variants are counted; the worksheet then leaves a line for it), and the folder of
 * their variant in the class (see {@link FolderNames}).
 */
public record Student(String id, String name, String folder) {

    public Student {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a student needs an id");
        }
        if (folder.isEmpty() || folder.startsWith(".") || folder.contains("/") || folder.contains("\\")) {
            throw new IllegalArgumentException("not a folder of its own: " + folder);
        }
    }

    /** A student whose folder is named after their id alone. */
    public Student(String id, String name) {
        this(id, name, FolderNames.of(id));
    }
}
