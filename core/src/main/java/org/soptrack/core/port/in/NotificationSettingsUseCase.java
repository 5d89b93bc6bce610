package org.soptrack.core.port.in;

import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Actor;

/** Reads and replaces a rooftop's notification settings (R-NOT-2); administrators of that rooftop only. */
public interface NotificationSettingsUseCase {

    Outcome<RooftopNotifications> get(Actor actor, RooftopId rooftop);

    /** Replaces the rooftop's settings as a whole with {@code settings}. */
    Outcome<RooftopNotifications> replace(Actor actor, RooftopNotifications settings);
}
