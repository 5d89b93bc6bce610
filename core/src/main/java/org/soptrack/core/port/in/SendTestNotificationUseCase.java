package org.soptrack.core.port.in;

import java.util.List;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Actor;

/** Puts a test message in the outbox for every recipient a rooftop has on one channel, to check the set-up. */
public interface SendTestNotificationUseCase {

    /** The code of the refusal when the channel has no recipient at that rooftop. */
    String NO_RECIPIENT = "no-recipient";

    Outcome<List<OutboxMessage>> send(Actor actor, RooftopId rooftop, ChannelKind channel);
}
