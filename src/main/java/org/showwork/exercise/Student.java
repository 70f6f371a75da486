package org.showwork.exercise;

/**
 * One student of a class: an id (a roster's, or a number when variants are counted) and a name
 * (empty when variants are counted; the worksheet then leaves a line for it).
 */
public record Student(String id, String name) {

    public Student {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a student needs an id");
        }
    }

    /**
     * The student's folder in a class: the id with every character other than a letter, a digit,
     * '.', '_' or '-' replaced by '_' (and a leading '.' too, so that no folder is hidden).
     */
    public String folder() {
        StringBuilder s = new StringBuilder(id.length());
        for (char c : id.toCharArray()) {
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
            s.append(safe ? c : '_');
        }
        if (s.charAt(0) == '.') {
            s.setCharAt(0, '_');
        }
        return s.toString();
    }
}
