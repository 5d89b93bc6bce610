package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;

/** Each rooftop's notification settings; a rooftop without a row has {@link RooftopNotifications#none}. */
public interface NotificationSettingsRepository {

    Optional<RooftopNotifications> find(TenantId tenant, RooftopId rooftop);

    /** The settings of every rooftop of the tenant that has some. */
    List<RooftopNotifications> findAll(TenantId tenant);

    /** Inserts or replaces the rooftop's settings. */
    void save(TenantId tenant, RooftopNotifications settings);
}
