package org.showwork.web;

import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import org.showwork.exercise.ClassIndex;
import org.showwork.web.sheet.SheetMarks;
import org.showwork.web.sheet.Workbook;
import org.showwork.web.store.Attempts;

/**
 * Each student's sheet as last marked, kept until they save again: the dashboard, the gradebook
 * and the reports of a class of thousands read these instead of marking every sheet on every
 * visit. A sheet is marked afresh when its stored work has changed since (another check, a reveal).
 */
final class MarkedSheets {

    private record Key(String classKey, String studentId) {}

    private record Marked(long lastActivity, int checks, int reveals, SheetMarks marks) {}

    private final Attempts attempts;
    private final ConcurrentHashMap<Key, Marked> marked = new ConcurrentHashMap<>();

    MarkedSheets(Attempts attempts) {
        this.attempts = attempts;
    }

    /** The student's sheet marked as it is stored now ({@code summary} says how it stands). */
    SheetMarks of(String classKey, ClassIndex.Entry entry, Attempts.Summary summary, Workbook workbook)
            throws SQLException {
        Key key = new Key(classKey, entry.id());
        Marked known = marked.get(key);
        if (known != null && known.lastActivity() == summary.lastActivity() && known.checks() == summary.checks()
                && known.reveals() == summary.reveals()) {
            return known.marks();
        }
        Attempts.Work work = attempts.load(new Attempts.Student(classKey, entry.id()));
        SheetMarks marks = workbook.mark(entry.name(), entry.id(), work.answers(), work.revealed());
        marked.put(key, new Marked(summary.lastActivity(), summary.checks(), summary.reveals(), marks));
        return marks;
    }
}
