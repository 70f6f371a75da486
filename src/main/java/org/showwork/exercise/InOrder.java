package org.showwork.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Runs independent tasks — one per student — on every core, and gives their results in the
 * students' order. When tasks fail, the failure reported is that of the first student in order,
 * whichever thread got there first, so that the same input always gives the same message; tasks
 * after a failed one are skipped.
 */
public final class InOrder {
    private InOrder() {}

    public interface Task<T> {
        T run(int index) throws Exception;
    }

    public static <T> List<T> map(int count, Task<T> task) throws Exception {
        List<Object> results = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(count, null)));
        AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);
        IntStream.range(0, count).parallel().forEach(k -> {
            if (k > firstFailure.get()) {
                return;
            }
            try {
                results.set(k, task.run(k));
            } catch (Exception e) {
                results.set(k, new Failure(e));
                firstFailure.accumulateAndGet(k, Math::min);
            }
        });
        int failed = firstFailure.get();
        if (failed != Integer.MAX_VALUE) {
            throw ((Failure) results.get(failed)).exception();
        }
        List<T> ordered = new ArrayList<>(count);
        for (Object result : results) {
            @SuppressWarnings("unchecked")
            T value = (T) result;
            ordered.add(value);
        }
        return ordered;
    }

    private record Failure(Exception exception) {}
}
