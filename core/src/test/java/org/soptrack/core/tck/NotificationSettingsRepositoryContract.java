package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;

/** What every {@code NotificationSettingsRepository} must do: store, replace and isolate a rooftop's settings. */
public abstract class NotificationSettingsRepositoryContract extends PortsContract {

    static RooftopNotifications everything(RooftopId rooftop) {
        return new RooftopNotifications(rooftop, new RooftopNotifications.Recipients(
                List.of(Email.of("parts@acme.example"), Email.of("bdc@acme.example")), Optional.of("bot42"),
                List.of(PhoneNumber.of("+15557770000")), Optional.of(new RooftopNotifications.Webhook(
                "https://dms.example/hooks?x=1", "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ="))),
                Map.of(NotificationEvent.SOP_RECEIVED, Set.of(ChannelKind.GROUPME, ChannelKind.WEBHOOK),
                        NotificationEvent.AGING_THRESHOLD_PASSED, Set.of(ChannelKind.EMAIL, ChannelKind.SMS)),
                Set.of(NotificationEvent.RO_PARTS_ARRIVED),
                Map.of(ChannelKind.SMS, Map.of("accountId", "AC1", "token", "t0k\"en", "from", "+15550001111")));
    }

    @Test
    void settings_read_back_as_saved_and_a_save_replaces_them_whole() {
        Seed s = seed();
        assertThat(in(s.tenant(), () -> ports.notificationSettings().find(s.tenant(), s.rooftop()))).isEmpty();
        run(s.tenant(), () -> ports.notificationSettings().save(s.tenant(), everything(s.rooftop())));
        assertThat(in(s.tenant(), () -> ports.notificationSettings().find(s.tenant(), s.rooftop())))
                .contains(everything(s.rooftop()));
        run(s.tenant(), () -> ports.notificationSettings().save(s.tenant(), RooftopNotifications.none(s.rooftop())));
        assertThat(in(s.tenant(), () -> ports.notificationSettings().find(s.tenant(), s.rooftop())))
                .contains(RooftopNotifications.none(s.rooftop()));
        RooftopId second = addRooftop(s.tenant(), "Second");
        run(s.tenant(), () -> ports.notificationSettings().save(s.tenant(), everything(second)));
        assertThat(in(s.tenant(), () -> ports.notificationSettings().findAll(s.tenant())))
                .extracting(RooftopNotifications::rooftopId).containsExactlyInAnyOrder(s.rooftop(), second);
    }

    @Test
    void another_tenant_reads_none_of_them() {
        Seed owner = seed();
        Seed stranger = seed();
        run(owner.tenant(), () -> ports.notificationSettings().save(owner.tenant(), everything(owner.rooftop())));
        assertThat(in(stranger.tenant(), () -> ports.notificationSettings().find(stranger.tenant(), owner.rooftop())))
                .isEmpty();
        assertThat(in(stranger.tenant(), () -> ports.notificationSettings().findAll(stranger.tenant()))).isEmpty();
    }
}
