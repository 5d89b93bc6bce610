package org.soptrack.core.service;

import java.util.List;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.ContactAttemptId;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.ContactAttemptRepository;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** Logs a contact attempt about an existing RO at a rooftop in the actor's scope. */
public final class LogContactAttemptService implements LogContactAttemptUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderRepository orders;
    private final ContactAttemptRepository attempts;

    LogContactAttemptService(UseCaseContext ctx, SpecialOrderRepository orders, ContactAttemptRepository attempts) {
        this.ctx = ctx;
        this.orders = orders;
        this.attempts = attempts;
    }

    @Override
    public Outcome<ContactAttempt> log(Command command) {
        TenantId tenant = command.actor().tenantId();
        return ctx.authorized(command.actor(), Permission.CONTACT_ATTEMPT_LOG, access -> {
            if (!access.scope().covers(command.rooftopId())) {
                return Outcome.notFound("repair order");
            }
            List<SpecialOrder> lines = orders.findByRo(tenant, command.rooftopId(), command.roNumber());
            if (lines.isEmpty()) {
                return Outcome.notFound("repair order");
            }
            ContactAttempt attempt = new ContactAttempt(new ContactAttemptId(ctx.newId()), tenant, command.rooftopId(),
                    command.roNumber(), lines.get(0).details().customerId(), ctx.now(), access.actor(),
                    command.channel(), command.outcome(), command.note());
            attempts.add(tenant, attempt);
            return Outcome.ok(attempt);
        });
    }
}
