package org.soptrack.postgres;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.port.out.UpdateResult;

/** Conversions shared by the mappers: nullable columns, actor columns, id arrays, optimistic updates. */
final class Columns {

    private Columns() {
    }

    static <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }

    static ActorRef actor(String kind, UUID id) {
        return new ActorRef(ActorRef.Kind.valueOf(kind), id);
    }

    static Optional<ActorRef> actor(Optional<String> kind, Optional<UUID> id) {
        return kind.map(k -> actor(k, id.orElseThrow()));
    }

    /**
     * An optimistic update: {@code locked} is the stored version read with {@code FOR UPDATE} (empty if the row is not
     * in this tenant), so no other transaction can change the row between the check and the write.
     */
    static UpdateResult updateIf(Optional<Long> locked, long expected, Runnable write) {
        if (locked.isEmpty() || locked.get() != expected) {
            return UpdateResult.CONFLICT;
        }
        write.run();
        return UpdateResult.UPDATED;
    }

    static String[] texts(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().toArray(String[]::new);
    }

    static Set<UUID> uuids(String[] texts) {
        return Arrays.stream(texts).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
    }
}
