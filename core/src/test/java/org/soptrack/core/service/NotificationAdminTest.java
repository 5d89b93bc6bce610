package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SendTestNotificationUseCase;
import org.soptrack.core.port.out.OneTimeCodePort;
import org.soptrack.core.port.out.WebhookAddressPort;

/** Settings, test messages and the delivery log as administrators use them; account mail that cannot be turned off. */
class NotificationAdminTest {

    private final NotifyFixture n = new NotifyFixture();
    private final CoreFixture f = n.f;
    private final CoreFixture.Org org = f.signUp("Acme Motors");

    @Test
    void only_administrators_of_the_rooftop_read_and_change_its_settings_and_changes_are_audited() {
        RooftopId second = f.addRooftop(org, "Acme Lexus");
        MemberActor advisor = f.join(org, Role.ADVISOR);
        MemberActor adminOfSecond = f.join(org, Role.ADMIN, RooftopScope.only(Set.of(second)));
        var settings = NotifyFixture.settings(org.rooftop(), Map.of(NotificationEvent.SOP_RECEIVED,
                Set.of(ChannelKind.SMS)), Set.of());
        assertThat(f.core.notifications().notificationSettings().replace(advisor, settings)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.notifications().notificationSettings().replace(adminOfSecond, settings)).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.notifications().notificationSettings().get(org.owner(), org.rooftop()).orElseThrow().routes()).isEmpty();
        n.save(org.owner(), settings);
        assertThat(f.core.notifications().notificationSettings().get(org.owner(), org.rooftop()).orElseThrow()).isEqualTo(settings);
        assertThat(f.audit(org, AuditAction.NOTIFICATION_SETTINGS_CHANGED)).hasSize(1);
    }

    @Test
    void a_webhook_is_saved_only_where_the_deployment_lets_messages_go() {
        WebhookAddressPort guard = url -> url.getHost().equals("10.0.0.9")
                ? Optional.of("resolves to a private address") : Optional.empty();
        SoptrackCore guarded = new SoptrackCore(f.ports.withWebhookAddresses(guard), CoreSettings.DEFAULTS);
        var refused = guarded.notifications().notificationSettings().replace(org.owner(), withWebhook("https://10.0.0.9/hooks"));
        assertThat(refused).isEqualTo(Outcome.invalid("webhook.url", "resolves to a private address"));
        assertThat(f.core.notifications().notificationSettings().get(org.owner(), org.rooftop()).orElseThrow().recipients().webhook())
                .isEmpty();
        assertThat(f.audit(org, AuditAction.NOTIFICATION_SETTINGS_CHANGED)).isEmpty();
        var saved = guarded.notifications().notificationSettings().replace(org.owner(), withWebhook("https://hooks.example/soptrack"));
        assertThat(saved).isInstanceOf(Outcome.Ok.class);
    }

    private RooftopNotifications withWebhook(String url) {
        return new RooftopNotifications(org.rooftop(), new RooftopNotifications.Recipients(List.of(), Optional.empty(),
                List.of(), Optional.of(new RooftopNotifications.Webhook(url, "a secret of twenty-four characters"))),
                Map.of(), Set.of(), Map.of());
    }

    @Test
    void a_test_message_goes_to_every_recipient_of_the_channel_or_is_refused_when_there_is_none() {
        assertThat(f.core.notifications().sendTestNotification().send(org.owner(), org.rooftop(), ChannelKind.EMAIL))
                .isEqualTo(Outcome.rejected(SendTestNotificationUseCase.NO_RECIPIENT,
                        "This rooftop has no EMAIL recipient to test"));
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(), Set.of()));
        assertThat(f.core.notifications().sendTestNotification().send(org.owner(), org.rooftop(), ChannelKind.EMAIL).orElseThrow())
                .hasSize(2);
        n.dispatchAll();
        assertThat(n.email.delivered()).filteredOn(d -> d.event() == NotificationEvent.TEST).hasSize(2)
                .allSatisfy(d -> assertThat(d.content().body()).contains("test notification sent by member"));
        assertThat(f.audit(org, AuditAction.TEST_NOTIFICATION_SENT)).hasSize(1);
    }

    @Test
    void an_invitation_mails_its_link_to_the_invitee_and_the_log_never_shows_it() {
        var issued = f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(org.owner(),
                Email.of("newbie@example.com"), Role.ADVISOR, RooftopScope.allRooftops())).orElseThrow();
        var entry = n.log(org.owner()).stream().filter(e -> e.message().event() == NotificationEvent.INVITATION)
                .findFirst().orElseThrow();
        assertThat(entry.text()).as("sensitive text is not shown").isEmpty();
        n.dispatchAll();
        assertThat(n.email.delivered()).filteredOn(d -> d.event() == NotificationEvent.INVITATION).singleElement()
                .satisfies(d -> {
                    assertThat(d.destination().address()).isEqualTo("newbie@example.com");
                    assertThat(d.content().body()).contains("Acme Motors", "ADVISOR",
                            "http://localhost:8080/accept-invitation#" + issued.token());
                });
        OutboxMessage settled = f.ports.transactions().inTenant(org.tenant(),
                () -> f.ports.outbox().find(org.tenant(), entry.message().id()).orElseThrow());
        assertThat(settled.content()).as("the link does not outlive its delivery").isEqualTo(MessageContent.REDACTED);
    }

    @Test
    void login_codes_go_through_the_outbox_by_the_members_channel_and_are_redacted_once_sent() {
        OutboxOneTimeCodes codes = new OutboxOneTimeCodes(f.ports.outbox(), f.ports.notificationSettings(),
                f.ports.clock(), f.ports.ids());
        f.ports.transactions().inTenant(org.tenant(), () -> {
            codes.send(new OneTimeCodePort.OneTimeCode(org.tenant(), org.owner().memberId(), MfaMethod.SMS_CODE,
                    "+15551239999", "493817", Instant.parse("2026-03-02T14:10:00Z")));
            return null;
        });
        n.dispatchAll();
        assertThat(n.sms.delivered()).singleElement().satisfies(d -> {
            assertThat(d.destination().address()).isEqualTo("+15551239999");
            assertThat(d.content().body()).contains("493817");
        });
        assertThat(n.log(org.owner())).filteredOn(e -> e.message().event() == NotificationEvent.ONE_TIME_CODE)
                .singleElement().satisfies(e -> {
                    assertThat(e.text()).isEmpty();
                    assertThat(e.message().content().body()).doesNotContain("493817");
                });
    }
}
