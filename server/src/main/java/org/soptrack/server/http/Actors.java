package org.soptrack.server.http;

import java.util.Locale;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.InvalidValueException;

/** Who did something, as JSON text: {@code member:<id>}, {@code operator:<id>} or {@code system:<id>}. */
final class Actors {

    private Actors() {
    }

    static String text(ActorRef ref) {
        return ref.kind().name().toLowerCase(Locale.ROOT) + ":" + ref.id();
    }

    static ActorRef parse(String field, String text) {
        String[] parts = text.split(":", 2);
        if (parts.length != 2) {
            throw new InvalidValueException(field, "must look like member:<id>");
        }
        ActorRef.Kind kind = Input.value(field, () -> ActorRef.Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)));
        return new ActorRef(kind, Ids.parse(field, parts[1]));
    }
}
