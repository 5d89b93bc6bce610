package org.soptrack.core.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.LegalHoldId;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.LegalHoldRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Places and releases legal holds; a hold on a member or customer needs that subject to exist in the organization. */
public final class LegalHoldsService implements LegalHoldsUseCase {

    private final UseCaseContext ctx;
    private final LegalHoldRepository holds;
    private final MemberRepository members;
    private final CustomerRepository customers;

    LegalHoldsService(UseCaseContext ctx, LegalHoldRepository holds, MemberRepository members,
                      CustomerRepository customers) {
        this.ctx = ctx;
        this.holds = holds;
        this.members = members;
        this.customers = customers;
    }

    @Override
    public Outcome<LegalHold> place(Place command) {
        TenantId tenant = command.actor().tenantId();
        return ctx.authorized(command.actor(), Permission.PRIVACY_MANAGE, access -> {
            if (!exists(tenant, command.subject())) {
                return Outcome.notFound(command.subject().kind().name().toLowerCase());
            }
            LegalHold hold = LegalHold.place(new LegalHoldId(ctx.newId()), tenant, command.subject(),
                    command.reason(), access.actor(), ctx.now());
            holds.add(tenant, hold);
            ctx.audit.record(tenant, access.actor(), AuditAction.LEGAL_HOLD_PLACED, "legal-hold:" + hold.id(),
                    Map.of("subject", subject(command.subject())));
            return Outcome.ok(hold);
        });
    }

    @Override
    public Outcome<LegalHold> release(Actor actor, LegalHoldId id) {
        TenantId tenant = actor.tenantId();
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE, access -> {
            Optional<LegalHold> found = holds.find(tenant, id);
            if (found.isEmpty()) {
                return Outcome.notFound("legal hold");
            }
            LegalHold hold = found.get();
            if (!hold.release(access.actor(), ctx.now())) {
                return Outcome.rejected(RELEASED_ALREADY, "The legal hold was released already");
            }
            if (holds.update(tenant, hold) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("legal hold");
            }
            ctx.audit.record(tenant, access.actor(), AuditAction.LEGAL_HOLD_RELEASED, "legal-hold:" + hold.id(),
                    Map.of("subject", subject(hold.subject())));
            return Outcome.ok(hold);
        });
    }

    @Override
    public Outcome<List<LegalHold>> list(Actor actor) {
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE,
                access -> Outcome.ok(holds.findAll(actor.tenantId())));
    }

    private boolean exists(TenantId tenant, HoldSubject subject) {
        Optional<UUID> id = subject.id();
        return switch (subject.kind()) {
            case ORGANIZATION -> true;
            case MEMBER -> members.find(tenant, MemberId.of(id.orElseThrow())).isPresent();
            case CUSTOMER -> customers.find(tenant, new CustomerId(id.orElseThrow())).isPresent();
        };
    }

    private static String subject(HoldSubject subject) {
        return subject.kind().name().toLowerCase() + subject.id().map(id -> ":" + id).orElse("");
    }
}
