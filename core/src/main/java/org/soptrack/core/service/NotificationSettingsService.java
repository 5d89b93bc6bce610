package org.soptrack.core.service;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.NotificationSettingsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.NotificationSettingsRepository;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.WebhookAddressPort;

/**
 * Rooftop notification settings for administrators whose scope covers the rooftop; each change is audited. A webhook
 * must point where the deployment lets messages go (R-SEC-9).
 */
public final class NotificationSettingsService implements NotificationSettingsUseCase {

    private final UseCaseContext ctx;
    private final RooftopRepository rooftops;
    private final NotificationSettingsRepository settings;
    private final Notifications notifications;
    private final WebhookAddressPort webhookAddresses;

    NotificationSettingsService(UseCaseContext ctx, RooftopRepository rooftops, NotificationSettingsRepository settings,
                                Notifications notifications, WebhookAddressPort webhookAddresses) {
        this.ctx = ctx;
        this.webhookAddresses = webhookAddresses;
        this.rooftops = rooftops;
        this.settings = settings;
        this.notifications = notifications;
    }

    @Override
    public Outcome<RooftopNotifications> get(Actor actor, RooftopId rooftop) {
        return atRooftop(actor, rooftop, access -> Outcome.ok(notifications.settingsOf(actor.tenantId(), rooftop)));
    }

    @Override
    public Outcome<RooftopNotifications> replace(Actor actor, RooftopNotifications next) {
        return atRooftop(actor, next.rooftopId(), access -> {
            Optional<String> refused = next.recipients().webhook()
                    .flatMap(hook -> webhookAddresses.refusal(URI.create(hook.url())));
            if (refused.isPresent()) {
                return Outcome.invalid("webhook.url", refused.get());
            }
            settings.save(actor.tenantId(), next);
            ctx.audit.record(actor.tenantId(), access.actor(), AuditAction.NOTIFICATION_SETTINGS_CHANGED,
                    "rooftop:" + next.rooftopId(), Map.of("routes", Integer.toString(next.routes().size()),
                            "customerEvents", Integer.toString(next.customerEvents().size())));
            return Outcome.ok(next);
        });
    }

    /** Runs {@code work} if the actor manages settings and the rooftop exists in their scope; else NotFound. */
    <T> Outcome<T> atRooftop(Actor actor, RooftopId rooftop, Function<Access.Granted, Outcome<T>> work) {
        return ctx.authorized(actor, Permission.SETTINGS_MANAGE, access -> {
            if (!access.scope().covers(rooftop) || rooftops.find(actor.tenantId(), rooftop).isEmpty()) {
                return Outcome.notFound("rooftop");
            }
            return work.apply(access);
        });
    }
}
