package org.showwork.web;

import java.sql.SQLException;
import org.showwork.exercise.ClassIndex;
import org.showwork.web.store.Attempts;
import org.showwork.web.store.Links;

/** A class's personal links as CSV (number, id, name, code, link), for the lecturer to hand out. */
final class ClassLinks {
    private ClassLinks() {}

    static String csv(Catalog.ServedClass served, Links links, String base) throws SQLException {
        StringBuilder csv = new StringBuilder("number,id,name,code,link\n");
        for (ClassIndex.Entry e : served.index().entries()) {
            String token = links.tokenFor(new Attempts.Student(served.name(), e.id()));
            csv.append(e.number()).append(',').append(field(e.id())).append(',').append(field(e.name())).append(',')
                    .append(e.code()).append(',').append(base).append("/s/").append(token).append('\n');
        }
        return csv.toString();
    }

    /** A CSV field, quoted when it must be; a leading = + - @ is defused so a spreadsheet shows it as text. */
    static String field(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
