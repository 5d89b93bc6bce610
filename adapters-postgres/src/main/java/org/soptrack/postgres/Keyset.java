package org.soptrack.postgres;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;

/**
 * Keyset pages: queries fetch one row more than the limit, newest first by (time, id); the extra row only says
 * that there is a next page, which starts after the last row shown.
 */
final class Keyset {

    private Keyset() {
    }

    static <R, T> Page<T> page(List<R> rows, int limit, Function<R, PageCursor> key, Function<List<R>, List<T>> load) {
        if (rows.size() <= limit) {
            return new Page<>(load.apply(rows), Optional.empty());
        }
        List<R> shown = rows.subList(0, limit);
        return new Page<>(load.apply(shown), Optional.of(key.apply(shown.get(limit - 1))));
    }
}
