package org.soptrack.core.memory;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.NotificationSettingsRepository;

/** In-memory {@link NotificationSettingsRepository}. */
public final class InMemoryNotificationSettingsRepository implements NotificationSettingsRepository {

    private final InMemoryTable<RooftopId, RooftopNotifications> table;

    public InMemoryNotificationSettingsRepository(InMemoryTransactions tx) {
        table = tx.newTable();
    }

    @Override
    public Optional<RooftopNotifications> find(TenantId tenant, RooftopId rooftop) {
        return table.get(tenant, rooftop).map(InMemoryTable.Row::value);
    }

    @Override
    public List<RooftopNotifications> findAll(TenantId tenant) {
        return table.rows(tenant).map(InMemoryTable.Row::value).toList();
    }

    @Override
    public void save(TenantId tenant, RooftopNotifications settings) {
        Optional<InMemoryTable.Row<RooftopNotifications>> current = table.get(tenant, settings.rooftopId());
        if (current.isPresent()) {
            long version = current.get().version();
            table.update(tenant, settings.rooftopId(), settings, version, version + 1);
        } else {
            table.insert(tenant, settings.rooftopId(), settings, 0);
        }
    }

    InMemoryTable<RooftopId, RooftopNotifications> table() {
        return table;
    }
}
