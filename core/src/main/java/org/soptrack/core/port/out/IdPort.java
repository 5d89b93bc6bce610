package org.soptrack.core.port.out;

import java.util.UUID;

/** New unique identifiers. */
public interface IdPort {

    UUID newId();

    static IdPort random() {
        return UUID::randomUUID;
    }
}
