package org.soptrack.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;

/** Newest-first keyset paging over (time, id), as the Postgres adapter does it with an index. */
final class KeysetPaging {

    private KeysetPaging() {
    }

    static <T> Page<T> page(Stream<T> items, Function<T, Instant> at, Function<T, UUID> id, Optional<PageCursor> after,
                            int limit) {
        Comparator<PageCursor> newestFirst = Comparator.comparing(PageCursor::at)
                .thenComparing(PageCursor::id, UnsignedUuidOrder.ORDER).reversed();
        Function<T, PageCursor> key = t -> new PageCursor(at.apply(t), id.apply(t));
        List<T> sorted = items
                .filter(t -> after.isEmpty() || newestFirst.compare(key.apply(t), after.get()) > 0)
                .sorted(Comparator.comparing(key, newestFirst))
                .limit(limit + 1L)
                .toList();
        if (sorted.size() <= limit) {
            return new Page<>(sorted, Optional.empty());
        }
        List<T> pageItems = sorted.subList(0, limit);
        return new Page<>(pageItems, Optional.of(key.apply(pageItems.get(limit - 1))));
    }
}
