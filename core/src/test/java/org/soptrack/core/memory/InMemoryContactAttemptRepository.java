package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.ContactAttemptId;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.port.out.ContactAttemptRepository;

/** In-memory {@link ContactAttemptRepository}. */
public final class InMemoryContactAttemptRepository implements ContactAttemptRepository {

    private final InMemoryTable<ContactAttemptId, ContactAttempt> table;

    public InMemoryContactAttemptRepository(InMemoryTransactions tx) {
        table = tx.newTable();
    }

    @Override
    public void add(TenantId tenant, ContactAttempt attempt) {
        table.insert(tenant, attempt.id(), attempt, 0);
    }

    @Override
    public List<ContactAttempt> findByRo(TenantId tenant, RooftopId rooftop, RoNumber roNumber) {
        return table.rows(tenant).map(InMemoryTable.Row::value)
                .filter(a -> a.rooftopId().equals(rooftop) && a.roNumber().equals(roNumber))
                .sorted(Comparator.comparing(ContactAttempt::at)).toList();
    }

    InMemoryTable<ContactAttemptId, ContactAttempt> table() {
        return table;
    }
}
