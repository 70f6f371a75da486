package org.showwork.web;

import java.util.ArrayList;
import java.util.List;

/** The lines of a YAML text around a mistake, numbered, the mistake's line marked, for the problem page. */
record YamlListing(int number, String text, boolean marked) {

    /** Up to three lines either side of {@code line} (1-based); the whole text, up to 40 lines, when there is no line. */
    static List<YamlListing> around(String yaml, int line) {
        String[] lines = yaml.split("\n", -1);
        int from = line > 0 ? Math.max(1, line - 3) : 1;
        int to = line > 0 ? Math.min(lines.length, line + 3) : Math.min(lines.length, 40);
        List<YamlListing> out = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            out.add(new YamlListing(k, lines[k - 1], k == line));
        }
        return out;
    }
}
