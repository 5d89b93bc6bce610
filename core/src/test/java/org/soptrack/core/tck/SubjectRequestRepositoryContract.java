package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.Regime;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.UpdateResult;

/**
 * What every {@code SubjectRequestRepository} must do: every step of a request round-trips, open requests come earliest
 * due first, all requests newest first, stale updates conflict, and another tenant sees nothing.
 */
public abstract class SubjectRequestRepositoryContract extends PortsContract {

    private SubjectRequest request(TenantId tenant, Regime regime, Duration receivedAfterT0) {
        java.time.Instant at = TestData.at(receivedAfterT0);
        SubjectRequest request = SubjectRequest.receive(new SubjectRequestId(UUID.randomUUID()), tenant,
                RequestType.ERASURE, DataSubject.customer(UUID.randomUUID()), regime, Email.of("casey@example.com"),
                at.atOffset(ZoneOffset.UTC).toLocalDate(), ActorRef.system(), at);
        run(tenant, () -> ports.subjectRequests().add(tenant, request));
        return request;
    }

    private SubjectRequest load(TenantId tenant, SubjectRequest request) {
        return in(tenant, () -> ports.subjectRequests().find(tenant, request.id())).orElseThrow();
    }

    @Test
    void every_step_round_trips_and_the_lists_are_ordered() {
        Seed a = seed();
        TenantId t = a.tenant();
        SubjectRequest ccpa = request(t, Regime.CCPA, Duration.ZERO);
        SubjectRequest gdpr = request(t, Regime.GDPR, Duration.ofDays(1));
        SubjectRequest closed = request(t, Regime.GDPR, Duration.ofDays(2));
        assertThat(load(t, ccpa).state()).isEqualTo(ccpa.state());

        SubjectRequest worked = load(t, ccpa);
        ActorRef admin = ActorRef.system();
        worked.verify("Called back on the number on file", admin, TestData.at(Duration.ofDays(3)));
        worked.extend("Seven years of orders to collect", admin, TestData.at(Duration.ofDays(4)));
        worked.reminded(TestData.at(Duration.ofDays(5)));
        assertThat(in(t, () -> ports.subjectRequests().update(t, worked))).isEqualTo(UpdateResult.UPDATED);
        assertThat(load(t, ccpa).state()).isEqualTo(worked.state());
        assertThat(load(t, ccpa).version()).isEqualTo(worked.version());

        SubjectRequest stale = load(t, closed);
        SubjectRequest done = load(t, closed);
        done.reject("Duplicate of an earlier request", admin, TestData.at(Duration.ofDays(3)));
        assertThat(in(t, () -> ports.subjectRequests().update(t, done))).isEqualTo(UpdateResult.UPDATED);
        stale.complete("Erased everything", admin, TestData.at(Duration.ofDays(3)));
        assertThat(in(t, () -> ports.subjectRequests().update(t, stale))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(load(t, closed).state()).isEqualTo(done.state());

        assertThat(worked.dueOn()).isAfter(gdpr.dueOn());
        assertThat(in(t, () -> ports.subjectRequests().findOpen(t))).extracting(SubjectRequest::id)
                .containsExactly(gdpr.id(), ccpa.id());
        assertThat(in(t, () -> ports.subjectRequests().findAll(t))).extracting(SubjectRequest::id)
                .containsExactly(closed.id(), gdpr.id(), ccpa.id());
        assertThat(load(t, gdpr).dueOn()).isEqualTo(LocalDate.parse("2026-02-05"));
    }

    @Test
    void another_tenant_sees_no_request() {
        Seed a = seed();
        Seed b = seed();
        SubjectRequest request = request(a.tenant(), Regime.GDPR, Duration.ZERO);
        TenantId other = b.tenant();
        assertThat(in(other, () -> ports.subjectRequests().find(other, request.id()))).isEmpty();
        assertThat(in(other, () -> ports.subjectRequests().findOpen(other))).isEmpty();
        assertThat(in(other, () -> ports.subjectRequests().findAll(other))).isEmpty();
        assertThat(in(other, () -> ports.subjectRequests().update(other, request))).isEqualTo(UpdateResult.CONFLICT);
    }
}
