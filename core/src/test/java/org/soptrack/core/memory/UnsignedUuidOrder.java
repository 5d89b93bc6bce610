package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.UUID;

/** Orders UUIDs byte by byte, unsigned, as PostgreSQL does (Java's own UUID order is signed). */
final class UnsignedUuidOrder {

    static final Comparator<UUID> ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private UnsignedUuidOrder() {
    }
}
