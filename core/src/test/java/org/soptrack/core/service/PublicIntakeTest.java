package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.intake.PublicRequestReply;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.memory.RecordingChannel;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PublicIntakeUseCase;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.NotificationChannelPort;

/** R-PUB-1 on a fake clock: checked submissions, the operators' notice with its retries, and the one-year rule. */
class PublicIntakeTest {

    private static final OperatorId OPERATOR = new OperatorId(UUID.randomUUID());
    private static final List<Email> OPERATORS = List.of(Email.of("ops@soptrack.example"),
            Email.of("sales@soptrack.example"));

    private final CoreFixture f = new CoreFixture();
    private final RecordingChannel email = new RecordingChannel(ChannelKind.EMAIL);
    private final PublicIntakeService intake = new PublicIntakeService(f.ports, List.of(email), OPERATORS);

    private static PublicIntakeUseCase.Submission valid() {
        return new PublicIntakeUseCase.Submission("demo", "  Dana Dealer ", "Dana's Toyota", "dana@dealer.example",
                Optional.of("+15551230000"), "We run 3 rooftops.\nPlease show us soptrack.");
    }

    private static PublicIntakeUseCase.Submission with(UnaryOperator<Map<String, String>> change) {
        var s = valid();
        Map<String, String> m = new java.util.HashMap<>(Map.of("kind", s.kind(), "name", s.name(), "dealership",
                s.dealership(), "email", s.email(), "phone", s.phone().orElseThrow(), "message", s.message()));
        m = change.apply(m);
        return new PublicIntakeUseCase.Submission(m.get("kind"), m.get("name"), m.get("dealership"), m.get("email"),
                Optional.ofNullable(m.get("phone")), m.get("message"));
    }

    private static UnaryOperator<Map<String, String>> set(String field, String value) {
        return m -> {
            m.put(field, value);
            return m;
        };
    }

    @Test
    void a_valid_request_is_stored_trimmed_and_listed_for_operators() {
        PublicRequest stored = intake.submit(valid()).orElseThrow();

        assertThat(stored.kind()).isEqualTo(PublicRequest.Kind.DEMO);
        assertThat(stored.name()).isEqualTo("Dana Dealer");
        assertThat(stored.phone()).map(p -> p.value()).contains("+15551230000");
        assertThat(stored.receivedAt()).isEqualTo(f.clock.now());
        assertThat(intake.latest(OPERATOR, 10)).containsExactly(stored);
        assertThat(intake.submit(with(set("phone", " "))).orElseThrow().phone()).as("phone is optional").isEmpty();
    }

    @Test
    void each_bad_field_is_named_and_nothing_is_stored() {
        Map<String, PublicIntakeUseCase.Submission> bad = Map.of(
                "kind", with(set("kind", "SALES")),
                "name", with(set("name", "   ")),
                "dealership", with(set("dealership", "D".repeat(161))),
                "email", with(set("email", "dana-at-dealer")),
                "phone", with(set("phone", "12")),
                "message", with(set("message", "\n ")));
        bad.forEach((field, submission) -> assertThat(intake.submit(submission)).as(field)
                .isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo(field)));
        assertThat(intake.submit(with(set("message", "x".repeat(PublicRequest.MESSAGE_MAX + 1)))))
                .isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo("message"));
        assertThat(intake.submit(with(set("email", null))))
                .isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo("email"));
        assertThat(intake.latest(OPERATOR, 200)).isEmpty();
    }

    @Test
    void every_operator_is_told_once_by_email() {
        PublicRequest request = intake.submit(valid()).orElseThrow();

        assertThat(intake.sendNotices()).isEqualTo(1);
        assertThat(intake.sendNotices()).as("nothing twice").isZero();

        assertThat(email.delivered()).hasSize(2).allSatisfy(d -> {
            assertThat(d.tenant()).as("no organization's message").isEmpty();
            assertThat(d.event()).isEqualTo(NotificationEvent.PUBLIC_REQUEST);
            assertThat(d.content().subject()).isEqualTo("Demo request from Dana's Toyota");
            assertThat(d.content().body()).contains("dana@dealer.example", "+15551230000", "Please show us",
                    request.id().toString());
        });
        assertThat(email.delivered()).extracting(d -> d.destination().address())
                .containsExactlyInAnyOrder("ops@soptrack.example", "sales@soptrack.example");
        assertThat(email.delivered()).extracting(NotificationChannelPort.Delivery::idempotencyKey).doesNotHaveDuplicates();
    }

    @Test
    void a_failed_notice_is_tried_again_after_its_lease_and_given_up_after_the_last_attempt() {
        intake.submit(valid()).orElseThrow();
        email.thenFail(2 * PublicIntakeService.MAX_ATTEMPTS, new DeliveryResult.TransientFailure("421 try later"));

        assertThat(intake.sendNotices()).isZero();
        int tried = email.tried().size();
        assertThat(intake.sendNotices()).as("leased").isZero();
        assertThat(email.tried()).hasSize(tried);

        for (int attempt = 2; attempt <= PublicIntakeService.MAX_ATTEMPTS; attempt++) {
            f.clock.advance(PublicIntakeService.LEASE);
            assertThat(intake.sendNotices()).isZero();
        }
        assertThat(email.tried()).hasSize(2 * PublicIntakeService.MAX_ATTEMPTS);
        f.clock.advance(PublicIntakeService.LEASE);
        assertThat(intake.sendNotices()).as("given up").isZero();
        assertThat(email.tried()).hasSize(2 * PublicIntakeService.MAX_ATTEMPTS);
    }

    @Test
    void without_operators_or_an_email_channel_requests_are_only_stored() {
        new PublicIntakeService(f.ports, List.of(email), List.of()).submit(valid()).orElseThrow();
        assertThat(new PublicIntakeService(f.ports, List.of(), OPERATORS).sendNotices()).isZero();
        assertThat(new PublicIntakeService(f.ports, List.of(email), List.of()).sendNotices()).isZero();
        assertThat(email.tried()).isEmpty();
        assertThat(intake.sendNotices()).as("a later configuration still tells them").isEqualTo(1);
    }

    @Test
    void requests_are_kept_one_year_and_the_sweep_reports_them_as_platform_data() {
        PublicRequest old = intake.submit(valid()).orElseThrow();
        f.clock.advance(Duration.ofDays(200));
        PublicRequest recent = intake.submit(with(set("kind", "SUPPORT"))).orElseThrow();
        f.clock.advance(Duration.ofDays(364 - 200));
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(intake.latest(OPERATOR, 10)).containsExactly(recent, old);

        f.clock.advance(Duration.ofDays(2));
        SweepRetentionUseCase.Report dry = f.core.privacy().sweepRetention().sweepAll(true);
        SweepRetentionUseCase.Report real = f.core.privacy().sweepRetention().sweepAll(false);

        assertThat(dry.platform()).filteredOn(l -> l.category() == RetentionCategory.PUBLIC_REQUESTS).singleElement()
                .satisfies(l -> assertThat(l.records()).isEqualTo(1));
        assertThat(real.platform()).filteredOn(l -> l.category() == RetentionCategory.PUBLIC_REQUESTS)
                .extracting(SweepRetentionUseCase.PlatformLine::records).containsExactly(1L);
        assertThat(intake.latest(OPERATOR, 10)).containsExactly(recent);
        assertThat(real.lines()).noneMatch(l -> l.category().platform());
    }

    @Test
    void the_notice_is_answered_to_the_requester() {
        intake.submit(valid()).orElseThrow();
        intake.sendNotices();
        assertThat(email.delivered()).hasSize(2).allSatisfy(d ->
                assertThat(d.content().replyTo()).map(Email::value).contains("dana@dealer.example"));
    }

    @Test
    void an_operator_reply_is_kept_with_the_request_audited_on_the_platform_and_emailed_once_to_the_requester() {
        PublicRequest request = intake.submit(valid()).orElseThrow();
        f.clock.advance(Duration.ofHours(2));

        PublicRequestReply reply = intake.reply(OPERATOR, request.id(), "  Happy to. Does Tuesday at 10 work?\n")
                .orElseThrow();

        assertThat(reply.message()).isEqualTo("Happy to. Does Tuesday at 10 work?");
        assertThat(reply.sentAt()).isEmpty();
        assertThat(intake.find(OPERATOR, request.id()).orElseThrow().replies()).containsExactly(reply);
        assertThat(f.ports.platformAudit().latest(10)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(PlatformAuditEntry.Action.PUBLIC_REQUEST_REPLIED);
            assertThat(e.operator()).isEqualTo(OPERATOR);
            assertThat(e.subject()).isEqualTo(request.id());
            assertThat(e.at()).isEqualTo(f.clock.now());
        });

        assertThat(intake.sendNotices()).as("two notices' request and one reply").isEqualTo(2);
        assertThat(intake.sendNotices()).as("nothing twice").isZero();
        assertThat(email.delivered()).filteredOn(d -> d.event() == NotificationEvent.PUBLIC_REQUEST_REPLY)
                .singleElement().satisfies(d -> {
                    assertThat(d.tenant()).isEmpty();
                    assertThat(d.destination().address()).isEqualTo("dana@dealer.example");
                    assertThat(d.idempotencyKey()).isEqualTo(reply.id());
                    assertThat(d.content().subject()).isEqualTo("Re: your demo request to soptrack");
                    assertThat(d.content().body()).startsWith("Hello Dana Dealer,\n\nHappy to. Does Tuesday at 10")
                            .contains("> We run 3 rooftops.\n> Please show us soptrack.");
                    assertThat(d.content().replyTo()).map(Email::value).contains("ops@soptrack.example");
                });
        assertThat(intake.find(OPERATOR, request.id()).orElseThrow().replies()).singleElement()
                .satisfies(r -> assertThat(r.sentAt()).contains(f.clock.now()));
    }

    @Test
    void a_bad_reply_or_one_to_no_request_writes_nothing() {
        PublicRequest request = intake.submit(valid()).orElseThrow();
        assertThat(intake.reply(OPERATOR, request.id(), " \n ")).isInstanceOfSatisfying(Outcome.Invalid.class,
                i -> assertThat(i.field()).isEqualTo("message"));
        assertThat(intake.reply(OPERATOR, request.id(), "x".repeat(PublicRequestReply.MESSAGE_MAX + 1)))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(intake.reply(OPERATOR, UUID.randomUUID(), "Hello")).isInstanceOf(Outcome.NotFound.class);
        assertThat(intake.find(OPERATOR, UUID.randomUUID())).isInstanceOf(Outcome.NotFound.class);
        assertThat(intake.find(OPERATOR, request.id()).orElseThrow().replies()).isEmpty();
        assertThat(f.ports.platformAudit().latest(10)).isEmpty();
    }

    @Test
    void a_failed_reply_is_tried_again_after_its_lease_under_the_same_key() {
        PublicRequest request = intake.submit(valid()).orElseThrow();
        intake.sendNotices();
        PublicRequestReply reply = intake.reply(OPERATOR, request.id(), "Hello").orElseThrow();
        email.thenFail(1, new DeliveryResult.TransientFailure("421 try later"));

        assertThat(intake.sendNotices()).isZero();
        assertThat(intake.sendNotices()).as("leased").isZero();
        f.clock.advance(PublicIntakeService.LEASE);
        assertThat(intake.sendNotices()).isEqualTo(1);
        assertThat(email.tried()).filteredOn(d -> d.event() == NotificationEvent.PUBLIC_REQUEST_REPLY)
                .extracting(NotificationChannelPort.Delivery::idempotencyKey).containsExactly(reply.id(), reply.id());
    }

    @Test
    void replies_go_with_their_request_after_its_year_and_the_audit_entry_after_two() {
        PublicRequest request = intake.submit(valid()).orElseThrow();
        intake.reply(OPERATOR, request.id(), "Hello").orElseThrow();
        f.clock.advance(Duration.ofDays(367)); // a year and a day, leap year or not
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(intake.find(OPERATOR, request.id())).isInstanceOf(Outcome.NotFound.class);
        assertThat(intake.sendNotices()).as("no reply left to send").isZero();
        assertThat(f.ports.platformAudit().latest(10)).hasSize(1);

        f.clock.advance(Duration.ofDays(2 * 366 - 367 + 1));
        SweepRetentionUseCase.Report report = f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(report.platform()).filteredOn(l -> l.category() == RetentionCategory.PLATFORM_AUDIT)
                .extracting(SweepRetentionUseCase.PlatformLine::records).containsExactly(1L);
        assertThat(f.ports.platformAudit().latest(10)).isEmpty();
    }
}
