package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;

/**
 * What every {@code PublicRequestPort} must do. The store is shared by the whole platform, so each test works on
 * requests of its own (a dealership name nobody else uses) received in a year nothing else uses.
 */
public abstract class PublicRequestPortContract extends PortsContract {

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
}
