package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.DeliveryLogUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.core.port.out.OutboxRepository;
import org.soptrack.core.port.out.UpdateResult;

/** The delivery log and dead-letter retry, limited to what the administrator's rooftops cover. */
public final class DeliveryLogService implements DeliveryLogUseCase {

    private final UseCaseContext ctx;
    private final OutboxRepository outbox;

    DeliveryLogService(UseCaseContext ctx, OutboxRepository outbox) {
        this.ctx = ctx;
        this.outbox = outbox;
    }

    @Override
    public Outcome<Page<Entry>> list(Actor actor, OutboxQuery query) {
        TenantId tenant = actor.tenantId();
        return ctx.authorized(actor, Permission.SETTINGS_MANAGE, access -> {
            if (query.rooftop().isEmpty() && !access.scope().all()) {
                return Outcome.invalid("rooftopId", "is required for an administrator of some rooftops only");
            }
            if (query.rooftop().isPresent() && !access.scope().covers(query.rooftop().get())) {
                return Outcome.notFound("rooftop");
            }
            return Outcome.ok(outbox.find(tenant, query).map(m -> entry(tenant, m)));
        });
    }

    @Override
    public Outcome<Entry> retry(Actor actor, UUID messageId) {
        TenantId tenant = actor.tenantId();
        return ctx.authorized(actor, Permission.SETTINGS_MANAGE, access -> {
            Optional<OutboxMessage> found = outbox.find(tenant, messageId)
                    .filter(m -> visible(access.scope(), m));
            if (found.isEmpty()) {
                return Outcome.notFound("message");
            }
            OutboxMessage message = found.get();
            if (!message.retry(ctx.now())) {
                return Outcome.rejected(NOT_DEAD, message.status() == OutboxMessage.Status.DEAD
                        ? "This message expired under the retention rules; its text is gone and it cannot be sent again"
                        : "Only a dead letter can be retried; this message is " + message.status());
            }
            if (outbox.update(tenant, message) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("message");
            }
            ctx.audit.record(tenant, access.actor(), AuditAction.NOTIFICATION_RETRIED, "message:" + messageId,
                    Map.of("event", message.event().type(), "channel", message.destination().kind().name()));
            return Outcome.ok(entry(tenant, message));
        });
    }

    private static boolean visible(RooftopScope scope, OutboxMessage message) {
        return scope.all() || message.state().rooftopId().map(scope::covers).orElse(false);
    }

    private Entry entry(TenantId tenant, OutboxMessage message) {
        Optional<String> text = message.state().sensitive() ? Optional.empty()
                : Optional.of(message.content().body());
        return new Entry(message, text, outbox.attempts(tenant, message.id()));
    }
}
