package org.soptrack.core.service;

import java.util.Optional;

import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.LegalHoldRepository;

/** The legal hold that keeps a data subject's records, if any: one on them, or one on the whole organization. */
final class LegalHolds {

    private LegalHolds() {
    }

    static Optional<LegalHold> inForceOn(LegalHoldRepository holds, TenantId tenant, DataSubject subject) {
        HoldSubject held = subject.kind() == DataSubject.Kind.CUSTOMER ? HoldSubject.customer(subject.id())
                : HoldSubject.member(subject.id());
        return holds.findAll(tenant).stream().filter(LegalHold::inForce)
                .filter(h -> h.subject().equals(held) || h.subject().equals(HoldSubject.organization()))
                .findFirst();
    }
}
