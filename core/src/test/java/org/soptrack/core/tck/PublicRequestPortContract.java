package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.intake.PublicRequestReply;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.port.out.PublicRequestPort;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;

/**
 * What every {@code PublicRequestPort} must do. The store is shared by the whole platform, so each test works on
 * requests of its own (a dealership name nobody else uses) received in a year nothing else uses.
 */
public abstract class PublicRequestPortContract extends PortsContract {

    private static final OperatorId OPERATOR = OperatorId.of(UUID.randomUUID());

    private final String mark = "Dealer " + UUID.randomUUID();
    private final Instant base = Instant.parse("1990-01-01T00:00:00Z")
            .plus(Duration.ofDays(Math.floorMod(mark.hashCode(), 3000)));

    private PublicRequest request(Duration after) {
        PublicRequest r = new PublicRequest(UUID.randomUUID(), PublicRequest.Kind.SUPPORT, "Sam Sender", mark,
                Email.of("sam@dealer.example"), Optional.of(PhoneNumber.of("+15551230000")), "Line one\nline two",
                base.plus(after));
        ports.publicRequests().add(r);
        return r;
    }

    private List<PublicRequest> mine(List<PublicRequest> requests) {
        return requests.stream().filter(r -> r.dealership().equals(mark)).toList();
    }

    @Test
    void requests_read_back_whole_newest_first() {
        PublicRequest first = request(Duration.ZERO);
        PublicRequest second = request(Duration.ofMinutes(1));
        assertThat(mine(ports.publicRequests().latest(10_000))).containsExactly(second, first);
    }

    @Test
    void a_claim_leases_requests_until_the_lease_ends_counts_attempts_and_stops_once_sent() {
        PublicRequest r = request(Duration.ZERO);
        Instant now = Instant.now();
        List<PublicRequest> claimed = mine(ports.publicRequests().claimForNotice(now, now.plusSeconds(300), 2, 10_000));
        assertThat(claimed).containsExactly(r);
        assertThat(mine(ports.publicRequests().claimForNotice(now.plusSeconds(299), now.plusSeconds(600), 2, 10_000)))
                .as("leased").isEmpty();
        assertThat(mine(ports.publicRequests().claimForNotice(now.plusSeconds(300), now.plusSeconds(600), 2, 10_000)))
                .as("lease over").containsExactly(r);
        assertThat(mine(ports.publicRequests().claimForNotice(now.plusSeconds(900), now.plusSeconds(1200), 2, 10_000)))
                .as("two attempts made").isEmpty();

        PublicRequest sent = request(Duration.ofMinutes(1));
        assertThat(mine(ports.publicRequests().claimForNotice(now, now.plusSeconds(1), 5, 10_000))).containsExactly(sent);
        assertThat(ports.publicRequests().noticeSent(sent.id(), now)).isTrue();
        assertThat(mine(ports.publicRequests().claimForNotice(now.plusSeconds(5), now.plusSeconds(6), 5, 10_000)))
                .isEmpty();
        assertThat(ports.publicRequests().noticeSent(UUID.randomUUID(), now)).isFalse();
    }

    @Test
    void expiry_goes_by_arrival_in_batches() {
        request(Duration.ZERO);
        request(Duration.ofHours(1));
        request(Duration.ofHours(2));
        PublicRequest kept = request(Duration.ofHours(3));
        Instant cutoff = base.plus(Duration.ofHours(3));
        long before = ports.publicRequests().countExpired(cutoff);
        assertThat(before).isGreaterThanOrEqualTo(3);
        int removed = 0;
        int batch;
        do {
            batch = ports.publicRequests().removeExpired(cutoff, 2);
            assertThat(batch).isLessThanOrEqualTo(2);
            removed += batch;
        } while (batch == 2);
        assertThat(removed).isEqualTo(before);
        assertThat(ports.publicRequests().countExpired(cutoff)).isZero();
        assertThat(mine(ports.publicRequests().latest(10_000))).containsExactly(kept);
    }

    private PublicRequestReply reply(PublicRequest request, Duration after) {
        return new PublicRequestReply(UUID.randomUUID(), request.id(), OPERATOR, "Thanks,\nwe will call.",
                request.receivedAt().plus(after), Optional.empty());
    }

    private PlatformAuditEntry audited(PublicRequestReply reply) {
        return new PlatformAuditEntry(UUID.randomUUID(), reply.createdAt(), OPERATOR,
                PlatformAuditEntry.Action.PUBLIC_REQUEST_REPLIED, reply.requestId(), "Replied to " + mark);
    }

    private List<PlatformAuditEntry> myAudit() {
        return ports.platformAudit().latest(10_000).stream().filter(e -> e.summary().endsWith(mark)).toList();
    }

    @Test
    void a_reply_is_stored_with_its_audit_entry_or_not_at_all_and_reads_back_whole_oldest_first() {
        PublicRequest r = request(Duration.ZERO);
        PublicRequestReply second = reply(r, Duration.ofHours(2));
        PublicRequestReply first = reply(r, Duration.ofHours(1));
        assertThat(ports.publicRequests().addReply(second, audited(second))).isTrue();
        assertThat(ports.publicRequests().addReply(first, audited(first))).isTrue();

        assertThat(ports.publicRequests().find(r.id())).contains(r);
        assertThat(ports.publicRequests().replies(r.id())).containsExactly(first, second);
        assertThat(myAudit()).extracting(PlatformAuditEntry::subject).containsExactly(r.id(), r.id());
        assertThat(myAudit().get(0).at()).isEqualTo(second.createdAt());

        PublicRequest gone = new PublicRequest(UUID.randomUUID(), PublicRequest.Kind.DEMO, "Nobody", mark,
                Email.of("nobody@dealer.example"), Optional.empty(), "never stored", base);
        PublicRequestReply orphan = reply(gone, Duration.ZERO);
        assertThat(ports.publicRequests().addReply(orphan, audited(orphan))).isFalse();
        assertThat(ports.publicRequests().find(gone.id())).isEmpty();
        assertThat(ports.publicRequests().replies(gone.id())).isEmpty();
        assertThat(myAudit()).as("no entry for a reply that was not stored").hasSize(2);
    }

    @Test
    void a_reply_claim_leases_counts_attempts_stops_once_sent_and_carries_the_request() {
        PublicRequest r = request(Duration.ZERO);
        PublicRequestReply reply = reply(r, Duration.ZERO);
        ports.publicRequests().addReply(reply, audited(reply));
        Instant now = Instant.now();

        assertThat(myReplies(ports.publicRequests().claimReplies(now, now.plusSeconds(300), 2, 10_000)))
                .containsExactly(new PublicRequestPort.ClaimedReply(reply, r));
        assertThat(myReplies(ports.publicRequests().claimReplies(now.plusSeconds(299), now.plusSeconds(600), 2,
                10_000))).as("leased").isEmpty();
        assertThat(myReplies(ports.publicRequests().claimReplies(now.plusSeconds(300), now.plusSeconds(600), 2,
                10_000))).as("lease over").hasSize(1);
        assertThat(myReplies(ports.publicRequests().claimReplies(now.plusSeconds(900), now.plusSeconds(1200), 2,
                10_000))).as("two attempts made").isEmpty();

        PublicRequestReply sent = reply(r, Duration.ofMinutes(1));
        ports.publicRequests().addReply(sent, audited(sent));
        assertThat(myReplies(ports.publicRequests().claimReplies(now, now.plusSeconds(1), 5, 10_000))).hasSize(1);
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        assertThat(ports.publicRequests().replySent(sent.id(), at)).isTrue();
        assertThat(myReplies(ports.publicRequests().claimReplies(now.plusSeconds(5), now.plusSeconds(6), 5, 10_000)))
                .isEmpty();
        assertThat(ports.publicRequests().replies(r.id())).filteredOn(x -> x.id().equals(sent.id())).singleElement()
                .satisfies(x -> assertThat(x.sentAt()).contains(at));
        assertThat(ports.publicRequests().replySent(UUID.randomUUID(), at)).isFalse();
    }

    private List<PublicRequestPort.ClaimedReply> myReplies(List<PublicRequestPort.ClaimedReply> claimed) {
        return claimed.stream().filter(c -> c.request().dealership().equals(mark)).toList();
    }

    @Test
    void replies_go_with_their_request_and_audit_entries_by_their_own_time() {
        PublicRequest old = request(Duration.ZERO);
        PublicRequestReply reply = reply(old, Duration.ofDays(1));
        ports.publicRequests().addReply(reply, audited(reply));
        Instant cutoff = base.plus(Duration.ofHours(1));
        while (ports.publicRequests().removeExpired(cutoff, 100) > 0) {
            // every batch up to the cutoff
        }
        assertThat(ports.publicRequests().find(old.id())).isEmpty();
        assertThat(ports.publicRequests().replies(old.id())).isEmpty();
        assertThat(myAudit()).as("the audit entry keeps its own rule").hasSize(1);

        Instant auditCutoff = reply.createdAt().plusSeconds(1);
        assertThat(ports.platformAudit().countExpired(auditCutoff)).isGreaterThanOrEqualTo(1);
        while (ports.platformAudit().removeExpired(auditCutoff, 100) > 0) {
            // every batch up to the cutoff
        }
        assertThat(ports.platformAudit().countExpired(auditCutoff)).isZero();
        assertThat(myAudit()).isEmpty();
    }
}
