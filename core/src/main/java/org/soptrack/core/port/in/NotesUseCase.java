package org.soptrack.core.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.tenancy.Actor;

/**
 * Staff notes on a special order or a customer (R-SOP-8), newest first. A special order's notes are read by whoever
 * reads the order, a customer's by whoever reads contact data, each within the rooftops the actor reaches; the roles
 * that log contact with customers write them. At most {@value #SHOWN} are listed.
 */
public interface NotesUseCase {

    int SHOWN = 200;

    /** A note as shown: its author named as the organization knows them now. */
    record Entry(UUID id, String text, ActorRef author, String authorName, Instant at) {
    }

    Outcome<Entry> add(Actor actor, Note.About about, String text);

    Outcome<List<Entry>> list(Actor actor, Note.About about);
}
