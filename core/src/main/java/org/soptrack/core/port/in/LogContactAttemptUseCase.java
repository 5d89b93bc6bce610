package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.tenancy.Actor;

/** Logs an attempt to reach the customer of a repair order. */
public interface LogContactAttemptUseCase {

    Outcome<ContactAttempt> log(Command command);

    /** About which RO, how, with what result. */
    record Command(Actor actor, RooftopId rooftopId, RoNumber roNumber, ContactChannel channel, ContactOutcome outcome,
                   String note) {
        public Command {
            Require.present("actor", actor);
            Require.present("rooftopId", rooftopId);
            Require.present("roNumber", roNumber);
            Require.present("channel", channel);
            Require.present("outcome", outcome);
            note = Require.freeText("note", note, 2000);
        }
    }
}
