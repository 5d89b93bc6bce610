package org.soptrack.core.domain.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a keyset-paginated list and the cursor of the next page, if there is one. */
public record Page<T>(List<T> items, Optional<PageCursor> next) {

    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
        Require.present("next", next);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    /** Checks a requested page size. */
    public static int limit(int requested) {
        return Require.between("limit", requested, 1, MAX_LIMIT);
    }
}
