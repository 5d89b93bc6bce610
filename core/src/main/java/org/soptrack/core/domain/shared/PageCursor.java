package org.soptrack.core.domain.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** A keyset position in a list ordered by (time, id), exchanged with clients as an opaque string. */
public record PageCursor(Instant at, UUID id) {

    public PageCursor {
        Require.present("cursor.at", at);
        Require.present("cursor.id", id);
    }

    public String encode() {
        String raw = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor produced by {@link #encode()}; anything else is an {@link InvalidValueException}. */
    public static PageCursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(Require.text("cursor", text, 200)), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            if (parts.length != 3) {
                throw new InvalidValueException("cursor", "is not a valid page cursor");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new PageCursor(at, Ids.parse("cursor", parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidValueException("cursor", "is not a valid page cursor");
        }
    }
}
