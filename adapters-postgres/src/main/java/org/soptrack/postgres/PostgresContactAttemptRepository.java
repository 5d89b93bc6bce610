package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.List;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.ContactAttemptId;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.port.out.ContactAttemptRepository;

/** Contact attempts on PostgreSQL; rows are only ever added. */
@Singleton
public final class PostgresContactAttemptRepository implements ContactAttemptRepository {

    private final ContactAttemptRows rows;

    PostgresContactAttemptRepository(ContactAttemptRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(TenantId tenant, ContactAttempt a) {
        rows.save(new ContactAttemptRow(tenant.value(), a.id().value(), a.rooftopId().value(), a.roNumber().value(),
                a.customerId().value(), a.at(), a.by().kind().name(), a.by().id(), a.channel().name(),
                a.outcome().name(), a.note()));
    }

    @Override
    public List<ContactAttempt> findByRo(TenantId tenant, RooftopId rooftop, RoNumber roNumber) {
        return rows.findByOrganizationIdAndRooftopIdAndRoNumberOrderByAt(tenant.value(), rooftop.value(),
                roNumber.value()).stream().map(PostgresContactAttemptRepository::attempt).toList();
    }

    private static ContactAttempt attempt(ContactAttemptRow r) {
        return new ContactAttempt(new ContactAttemptId(r.id()), TenantId.of(r.organizationId()),
                RooftopId.of(r.rooftopId()), RoNumber.of(r.roNumber()), new CustomerId(r.customerId()), r.at(),
                Columns.actor(r.actorKind(), r.actorId()), ContactChannel.valueOf(r.channel()),
                ContactOutcome.valueOf(r.outcome()), r.note());
    }
}
