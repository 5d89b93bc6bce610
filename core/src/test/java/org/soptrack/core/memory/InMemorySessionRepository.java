package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.SessionRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Sign-in sessions in memory. */
public final class InMemorySessionRepository implements SessionRepository,
        InMemoryRetained<Session.State> {

    private final AggregateStore<SessionId, Session, Session.State> store;

    public InMemorySessionRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, Session::id, Session::reconstitute);
    }

    @Override
    public void add(TenantId tenant, Session session) {
        store.add(tenant, session);
    }

    @Override
    public Optional<Session> find(TenantId tenant, SessionId id) {
        return store.find(tenant, id);
    }

    @Override
    public List<Session> findOpen(TenantId tenant, MemberId member) {
        return store.all(tenant).filter(s -> s.memberId().equals(member) && s.status() != Session.Status.ENDED)
                .sorted(Comparator.comparing(s -> s.state().startedAt())).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Session session) {
        return store.update(tenant, session);
    }

    @Override
    public AggregateStore<?, ?, Session.State> retainedStore() {
        return store;
    }

    @Override
    public Predicate<Session.State> expired(Expiry expiry) {
        Predicate<Session.State> held = s -> expiry.heldMembers().contains(s.memberId().value());
        Predicate<Session.State> due = switch (expiry.category()) {
            case MFA_CODES -> s -> waiting(s) && s.startedAt().isBefore(expiry.cutoff());
            case SECURITY_LOG -> s -> !waiting(s)
                    && s.endedAt().orElse(s.lastUsedAt()).isBefore(expiry.cutoff());
            default -> throw new IllegalArgumentException("Sessions hold no " + expiry.category());
        };
        return due.and(held.negate());
    }

    /** A sign-in that waits for a second factor or a choice of organization: an MFA code's kind of record. */
    private static boolean waiting(Session.State s) {
        return s.status() == Session.Status.AWAITING_SECOND_FACTOR || s.status() == Session.Status.AWAITING_CHOICE;
    }
}
