package org.soptrack.core.domain.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;

class MessageTemplatesTest {

    private static RaisedEvent received(Map<String, String> extra) {
        Map<String, String> facts = new HashMap<>(Map.of("sop", "SOP 7", "part", "PN-1", "description",
                "Mirror \"left\"\nside", "quantity", "2", "ro", "RO-9", "rooftop", "Main Street Toyota",
                "customer", "Casey Jones", "customerShort", "C. Jones", "vehicle", "2021 Toyota Camry",
                "link", "https://soptrack.example/api/v1/sops/1"));
        facts.putAll(extra);
        return new RaisedEvent(UUID.fromString("00000000-0000-0000-0000-000000000001"), TenantId.of(UUID.randomUUID()),
                NotificationEvent.SOP_RECEIVED, "k", Optional.empty(), Instant.parse("2026-03-02T14:00:00Z"), facts);
    }

    @Test
    void group_chats_and_sms_name_the_customer_by_initial_and_email_in_full() {
        MessageContent chat = MessageTemplates.staff(received(Map.of()), ChannelKind.GROUPME);
        assertThat(chat.body()).startsWith("[Main Street Toyota] SOP 7 received: 2 x PN-1").endsWith("(C. Jones)")
                .doesNotContain("Casey");
        MessageContent mail = MessageTemplates.staff(received(Map.of()), ChannelKind.EMAIL);
        assertThat(mail.subject()).isEqualTo("[Main Street Toyota] Part received");
        assertThat(mail.body()).contains("Customer: Casey Jones", "Vehicle: 2021 Toyota Camry", "Open: https://");
    }

    @Test
    void webhooks_carry_type_time_and_ids_as_escaped_json_without_personal_data() {
        String json = MessageTemplates.staff(received(Map.of("code", "123456")), ChannelKind.WEBHOOK).body();
        assertThat(json).startsWith("{\"type\":\"sop.received\",\"timestamp\":\"2026-03-02T14:00:00Z\",\"data\":{")
                .contains("\"eventId\":\"00000000-0000-0000-0000-000000000001\"",
                        "\"description\":\"Mirror \\\"left\\\"\\nside\"", "\"ro\":\"RO-9\"")
                .doesNotContain("Casey", "C. Jones", "Camry", "123456", "https://");
    }

    @Test
    void a_template_whose_fact_is_missing_fails_loudly_instead_of_sending_a_hole() {
        Map<String, String> facts = new HashMap<>(received(Map.of()).facts());
        facts.remove("ro");
        RaisedEvent incomplete = new RaisedEvent(UUID.randomUUID(), TenantId.of(UUID.randomUUID()),
                NotificationEvent.SOP_RECEIVED, "k", Optional.empty(), Instant.now(), facts);
        assertThatThrownBy(() -> MessageTemplates.staff(incomplete, ChannelKind.SMS)).hasMessageContaining("'ro'");
    }

    @Test
    void routes_must_name_channels_with_recipients_and_only_customer_facing_events_go_to_customers() {
        RooftopId rooftop = RooftopId.of(UUID.randomUUID());
        var emailOnly = new RooftopNotifications.Recipients(List.of(Email.of("a@b.example")), Optional.empty(),
                List.of(), Optional.empty());
        assertThatThrownBy(() -> new RooftopNotifications(rooftop, emailOnly, Map.of(NotificationEvent.SOP_CREATED,
                Set.of(ChannelKind.SMS)), Set.of(), Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no recipient");
        assertThatThrownBy(() -> new RooftopNotifications(rooftop, emailOnly, Map.of(), Set.of(
                NotificationEvent.AGING_THRESHOLD_PASSED), Map.of())).hasMessageContaining("not sent to customers");
        assertThatThrownBy(() -> new RooftopNotifications(rooftop, emailOnly, Map.of(NotificationEvent.ONE_TIME_CODE,
                Set.of(ChannelKind.EMAIL)), Set.of(), Map.of())).hasMessageContaining("cannot be routed");
        assertThatThrownBy(() -> new RooftopNotifications.Webhook("ftp://x.example", "a".repeat(30)))
                .hasMessageContaining("http");
        assertThat(new RooftopNotifications(rooftop, emailOnly, Map.of(NotificationEvent.SOP_CREATED,
                Set.of(ChannelKind.EMAIL)), Set.of(), Map.of()).destinationsFor(NotificationEvent.SOP_CREATED))
                .containsExactly(Destination.of(ChannelKind.EMAIL, "a@b.example"));
    }
}
